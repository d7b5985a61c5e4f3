using System.Net;
using System.Text.RegularExpressions;
using SocialKpi.Load.Blazor;

namespace SocialKpi.Load.Scenario;

/// <summary>A signed-in browser: its cookies, and the pages (circuits) it opens with them.</summary>
public sealed partial class Session : IDisposable
{
    private readonly CookieContainer cookies = new();
    private readonly HttpClient http;

    private Session(Uri baseUri)
    {
        BaseUri = baseUri;
        http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = true })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
    }

    public Uri BaseUri { get; }

    /// <summary>Signs in through the static sign-in form, as a person does (antiforgery token included).</summary>
    public static async Task<Session> SignInAsync(Uri baseUri, string email, string password, CancellationToken cancel)
    {
        var session = new Session(baseUri);
        var form = await session.http.GetStringAsync(new Uri(baseUri, "account/signin"), cancel);
        var token = Token().Match(form);
        if (!token.Success)
            throw new InvalidOperationException("The sign-in page has no antiforgery token");
        using var response = await session.http.PostAsync(new Uri(baseUri, "account/signin"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["_handler"] = "signin",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }), cancel);
        if (response.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/account/signin", StringComparison.Ordinal) != false)
            throw new InvalidOperationException($"Signing in as {email} failed ({(int)response.StatusCode})");
        return session;
    }

    public Task<Circuit> OpenAsync(string path, CancellationToken cancel) => Circuit.OpenAsync(http, cookies, BaseUri, path, cancel);

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex Token();
}
