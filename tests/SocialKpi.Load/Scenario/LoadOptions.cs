using System.Globalization;

namespace SocialKpi.Load.Scenario;

/// <summary>The run's shape, from the command line (see <see cref="Usage"/>).</summary>
public sealed record LoadOptions
{
    public const string Usage = """
        SocialKpi.Load --base URL [--base URL2 …] [--users 200] [--seconds 300] [--ramp 60] [--warm-up 90]
                       [--think 5-15] [--accounts 20] [--account-email load{0}@socialkpi.test] [--password …]
                       [--sale-one-in 10]
        Simulated users are spread over the --base addresses in turn, and over the accounts in turn
        (account n is the e-mail with {0} replaced by n, from 1). Each signs in, opens the app and
        works until --seconds have passed since the start, pausing --think seconds (a range) between
        actions. Users start evenly over --ramp seconds; latencies of the first --warm-up seconds
        are left out of the figures.
        """;

    public List<Uri> Bases { get; } = [];
    public int Users { get; init; } = 200;
    public int Seconds { get; private init; } = 300;
    public int Ramp { get; private init; } = 60;
    public int WarmUp { get; init; } = 90;
    public double ThinkMin { get; init; } = 5;
    public double ThinkMax { get; init; } = 15;
    public int Accounts { get; init; } = 20;
    public string AccountEmail { get; init; } = "load{0}@socialkpi.test";
    public string Password { get; private init; } = "motdepasse42";

    /// <summary>One move in this many is to "client", with a sale.</summary>
    public int SaleOneIn { get; init; } = 10;

    public string EmailOf(int user) => string.Format(CultureInfo.InvariantCulture, AccountEmail, 1 + user % Accounts);

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.Parse(value, CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--base" => options.WithBase(new Uri(value.EndsWith('/') ? value : value + "/")),
                "--users" => options with { Users = Number() },
                "--seconds" => options with { Seconds = Number() },
                "--ramp" => options with { Ramp = Number() },
                "--warm-up" => options with { WarmUp = Number() },
                "--think" => options with
                {
                    ThinkMin = double.Parse(value.Split('-')[0], CultureInfo.InvariantCulture),
                    ThinkMax = double.Parse(value.Split('-')[^1], CultureInfo.InvariantCulture),
                },
                "--accounts" => options with { Accounts = Number() },
                "--account-email" => options with { AccountEmail = value },
                "--password" => options with { Password = value },
                "--sale-one-in" => options with { SaleOneIn = Number() },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }
        if (options.Bases.Count == 0)
            throw new ArgumentException("--base is required");
        return options;
    }

    private LoadOptions WithBase(Uri uri)
    {
        Bases.Add(uri);
        return this;
    }
}
