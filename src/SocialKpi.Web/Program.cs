using SocialKpi.Data;
using SocialKpi.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddSocialKpi();

var app = builder.Build();
try
{
    await app.InitializeDatabaseAsync();
}
catch (StartupProblem problem)
{
    // One line the person starting the app can act on, and a non-zero exit for service managers.
    await Console.Error.WriteLineAsync(problem.Message);
    return 1;
}
app.UseSocialKpi();
await app.RunAsync();
return 0;

/// <summary>Entry point, public so that WebApplicationFactory can start the app in tests.</summary>
public partial class Program;
