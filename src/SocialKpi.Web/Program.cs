using SocialKpi.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddSocialKpi();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UseSocialKpi();
app.Run();

/// <summary>Entry point, public so that WebApplicationFactory can start the app in tests.</summary>
public partial class Program;
