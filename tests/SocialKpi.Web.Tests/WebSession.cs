using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SocialKpi.Web.Tests;

/// <summary>
/// One user's visit: cookies kept, redirects not followed (so tests can assert them), and forms
/// submitted the way a browser would, with every field the page rendered (antiforgery token and
/// form name included) and the test's changes on top.
/// </summary>
public sealed class WebSession(HttpClient client) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client => client;

    public async Task<IHtmlDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
        return await ParseAsync(response, url);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response, string url)
    {
        var document = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        document.Body!.SetAttribute("data-test-url", url);
        return document;
    }

    /// <summary>Posts a form of the page: its fields as rendered, then <paramref name="changes"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string formSelector, Dictionary<string, string> changes)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form matches {formSelector}.");
        var fields = FieldsOf(form);
        foreach (var (name, value) in changes)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }
        var action = form.GetAttribute("action") is { Length: > 0 } explicitAction ? explicitAction : page.Body!.GetAttribute("data-test-url")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public async Task<IHtmlDocument> FollowAsync(HttpResponseMessage redirect)
    {
        Assert.True(redirect.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)redirect.StatusCode}: {await redirect.Content.ReadAsStringAsync()}");
        return await GetPageAsync(redirect.RedirectPath());
    }

    private static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
                continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked)
                        fields.Add(new(name, box.Value));
                    break;
                case IHtmlInputElement { Type: "submit" }:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault();
                    if (option is not null)
                        fields.Add(new(name, option.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }
        return fields;
    }

    public void Dispose() => client.Dispose();
}

public static class DocumentExtensions
{
    /// <summary>Where a redirect leads, as a path: the app writes some redirects with scheme and host.</summary>
    public static string RedirectPath(this HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"{(int)response.StatusCode} is not a redirect.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>The validation messages shown beside fields and at the top of the form.</summary>
    public static IReadOnlyList<string> Messages(this IDocument page) =>
        page.QuerySelectorAll(".validation-message, [data-testid=form-errors] p").Select(e => e.TextContent.Trim()).ToList();

    public static string MessageFor(this IDocument page, string inputId)
    {
        var message = page.QuerySelector($"#{inputId}-error");
        Assert.True(message is not null, $"No message for #{inputId}. Messages: {string.Join(" | ", page.Messages())}");
        return message.TextContent.Trim();
    }
}
