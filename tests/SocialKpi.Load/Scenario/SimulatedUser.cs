using System.Globalization;
using SocialKpi.Load.Blazor;

namespace SocialKpi.Load.Scenario;

/// <summary>
/// One person working in the CRM for the length of the run, in one tab (one circuit): between
/// pauses to read and think, they look at the board and move cards (now and then to "client",
/// with the sale), open a prospect and log a conversation with Ctrl+Enter, browse the prospect
/// list and their follow-ups, and read a report. Every action is timed from the gesture to the
/// change on the page; every write is counted once the page shows it.
/// </summary>
public sealed class SimulatedUser(int number, Session session, Measurements measurements, LoadOptions options)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly string[] Searches = ["ma", "le", "an", "ri", "co", "be", "du", "ch"];
    private static readonly (string Path, string Marker)[] Reports =
    [
        ("/reports/attribution", "attribution-totals"),
        ("/reports/channels", "channels-table"),
        ("/reports/funnel", "funnel-overall"),
        ("/reports", "conversion-by-source"),
    ];

    private readonly Random random = new(number);
    private Circuit? page;
    private string at = "";
    private int logs;

    /// <summary>Works until <paramref name="goOn"/>, given the number of actions done so far, says to stop.</summary>
    public async Task RunAsync(Func<int, bool> goOn, CancellationToken cancel)
    {
        if (!await measurements.TimeAsync("open the app", async () =>
            {
                page = await session.OpenAsync("/", cancel);
                at = "/";
                await page.WaitForAsync(d => Find(d, "kpis"), Patience, "the dashboard's KPIs");
            }))
            return;
        try
        {
            for (var done = 0; goOn(done) && !cancel.IsCancellationRequested && page!.Failure is null; done++)
            {
                if (options.ThinkMax > 0)
                    await Task.Delay(TimeSpan.FromSeconds(options.ThinkMin + random.NextDouble() * (options.ThinkMax - options.ThinkMin)), cancel);
                var (name, action) = random.Next(11) switch
                {
                    < 2 => ("board", ViewBoardAsync),
                    < 5 => ("move", (Func<Task>)MoveACardAsync),
                    < 8 => ("quick log", LogAConversationAsync),
                    < 10 => ("list", BrowseAListAsync),
                    _ => ("report", (Func<Task>)ReadAReportAsync),
                };
                // The timed steps record their own errors; this catches those of the steps between them.
                try
                {
                    await action();
                }
                catch (ElementGoneException)
                {
                    measurements.ClickMissed();
                }
                catch (Exception e) when (e is InvalidOperationException or TimeoutException)
                {
                    measurements.Fail($"{name}: {e.Message.Split('\n')[0]}");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            await page!.DisposeAsync();
        }
    }

    private Task ViewBoardAsync() => TryViewBoardAsync();

    private Task<bool> TryViewBoardAsync() => GoAsync("board", "/board", d => Find(d, "board") is not null && Cards(d).Any() ? "shown" : null);

    private async Task MoveACardAsync()
    {
        if (at != "/board" && !await TryViewBoardAsync())
            return;
        var (card, from, columns) = page!.Read(d =>
        {
            var open = Columns(d).Take(5).ToList();
            var cards = open.SelectMany(c => Cards(c).Select(card => (Card: card, Column: c))).ToList();
            var pick = cards.Count == 0 ? default : cards[random.Next(cards.Count)];
            return (pick.Card, pick.Column, Columns(d).ToList());
        });
        if (card is null)
            return;
        var withSale = random.Next(options.SaleOneIn) == 0;
        var openTargets = columns.Take(5).Where(c => c != from).ToList();
        var target = withSale ? columns[5] : openTargets[random.Next(openTargets.Count)];
        var prospect = card["data-prospect"];
        var stageId = target["data-stage"];
        var stageName = target["data-stage-name"]!;

        Node? stageButton = null;
        if (!await measurements.TimeAsync("board: Move to… dialog", async () =>
            {
                var move = page.Read(_ => card.Descendants().First(n => n.HasClass("board-card-move")));
                await page.ClickAsync(move);
                try
                {
                    stageButton = await page.WaitForAsync(d => d.Elements().FirstOrDefault(e => e.Name == "button"
                        && e.Ancestors().Any(a => a.HasClass("mud-dialog")) && e.TextContent == stageName), Patience, "the Move to… dialog");
                }
                catch (TimeoutException timeout)
                {
                    var (dialogs, onPage) = page.Read(d => (
                        string.Join(" | ", d.Elements().Where(e => e.HasClass("mud-dialog")).Select(e => e.TextContent[..Math.Min(80, e.TextContent.Length)])),
                        d.Holds(card)));
                    throw new TimeoutException($"{timeout.Message} (prospect {prospect}, {(onPage ? "still on the board" : "no longer on the board")}); dialogs open: {(dialogs.Length > 0 ? dialogs : "none")}");
                }
            }))
            return;
        // The stage the card is in is the one button disabled: a teammate moved it there since this
        // board last showed it, and the user, seeing that, cancels.
        if (page.Read(_ => stageButton!.Has("disabled")))
        {
            await page.ClickAsync(page.Read(d => d.Elements().Last(e => e.Name == "button" && e.Ancestors().Any(a => a.HasClass("mud-dialog-actions")))));
            return;
        }

        if (withSale)
        {
            Node? amount = null;
            if (!await measurements.TimeAsync("board: sale dialog", async () =>
                {
                    await page.ClickAsync(stageButton!);
                    amount = await page.WaitForAsync(d => d.Elements().FirstOrDefault(e => e["id"] == "move-amount"), Patience, "the sale dialog");
                }))
                return;
            await page.TypeAsync(amount!, (50 + random.Next(20) * 25).ToString(CultureInfo.InvariantCulture));
        }

        // The board answers each move in its status line (for screen readers), counting its answers
        // and saying how. The card alone cannot tell: a teammate may have put it in the target
        // column just before, and then this move is refused.
        var answered = page.Read(d => Find(d, "board-status")?["data-answers"]);
        var outcome = "";
        if (await measurements.TimeAsync(withSale ? "board: move to client" : "board: move", async () =>
            {
                measurements.MoveSent(withSale);
                if (withSale)
                    await page.DispatchAsync(page.Read(d => d.Elements().First(e => e["id"] == "stage-move-form")), "submit", new { type = "submit" });
                else
                    await page.ClickAsync(stageButton!);
                try
                {
                    outcome = await page.WaitForAsync(d =>
                        Find(d, "board-status") is not { } status || status["data-answers"] == answered ? null
                        : status["data-outcome"] == "moved-meanwhile" ? "refused"
                        : Columns(d).FirstOrDefault(c => c["data-stage"] == stageId) is { } column && Cards(column).Any(c => c["data-prospect"] == prospect) ? "moved"
                        : null, Patience, $"prospect {prospect} in {stageName}");
                }
                catch (TimeoutException timeout)
                {
                    throw new TimeoutException($"{timeout.Message}; the page shows: {page.Read(Messages)}");
                }
            }))
        {
            if (outcome == "moved")
                measurements.MoveConfirmed(withSale);
            else
                measurements.MoveRefused();
        }
    }

    private async Task LogAConversationAsync()
    {
        if (!at.StartsWith("/prospects/", StringComparison.Ordinal))
        {
            var prospect = page!.Read(d =>
            {
                var links = d.Elements().Where(e => e.Name == "a" && e["href"] is { } href && href.StartsWith("/prospects/", StringComparison.Ordinal)
                    && int.TryParse(href["/prospects/".Length..], out _)).ToList();
                return links.Count == 0 ? null : links[random.Next(links.Count)]["href"];
            });
            if (prospect is null)
            {
                if (await TryViewBoardAsync())
                    await LogAConversationAsync();
                return;
            }
            if (!await GoAsync("prospect page", prospect, d => Find(d, "timeline") is not null && d.Elements().Any(e => e["id"] == "ql-summary") ? "shown" : null))
                return;
        }
        var text = $"Charge {number}-{++logs}: rappel du devis";
        var summary = await page!.WaitForAsync(d => d.Elements().FirstOrDefault(e => e["id"] == "ql-summary"), Patience, "the quick log");
        await page.TypeAsync(summary, text);
        if (await measurements.TimeAsync("quick log (Ctrl+Enter)", async () =>
            {
                var form = page.Read(d => Find(d, "activity-form")!);
                measurements.LogSent();
                // Ctrl+Enter submits the form in the browser (js/ctrl-enter.js): the circuit sees a submit.
                await page.DispatchAsync(form, "submit", new { type = "submit" });
                // Not necessarily at the top: a teammate may log on the same prospect meanwhile, and
                // an entry keeps the time its form showed (to the minute) unless that was just now.
                try
                {
                    await page.WaitForAsync(d => Find(d, "timeline")?.Descendants().FirstOrDefault(n => n.Name == "li" && n.TextContent.Contains(text)),
                        Patience, "the new entry in the timeline");
                }
                catch (TimeoutException timeout)
                {
                    var saving = page.Read(d => Find(d, "activity-form")?.Descendants().Any(e => e.Name == "button" && e["type"] == "submit" && e.Has("disabled")) == true);
                    throw new TimeoutException($"{timeout.Message}; the page shows: {page.Read(Messages)}; {(saving ? "the form is still saving" : "the form is not saving")}");
                }
            }))
            measurements.LogConfirmed();
    }

    private Task BrowseAListAsync()
    {
        if (at.StartsWith("/prospects?", StringComparison.Ordinal) || (at != "/follow-ups" && random.Next(3) == 0))
            return GoAsync("follow-ups", "/follow-ups", d => d.Elements().Any(e => e["data-testid"] == "follow-up") ? "shown" : null);
        var query = random.Next(3) switch
        {
            0 => $"?q={Searches[random.Next(Searches.Length)]}",
            1 => $"?stage={1 + random.Next(5)}",
            _ => "?page=2",
        };
        return GoAsync("prospect list", "/prospects" + query, d =>
            Find(d, "result-count") is { } count && count.TextContent.Length > 0 && Find(d, "prospect-grid") is not null ? "shown" : null);
    }

    private Task ReadAReportAsync()
    {
        var choices = Reports.Where(r => r.Path != at).ToArray();
        var (path, marker) = choices[random.Next(choices.Length)];
        return GoAsync("report " + path.Split('/')[^1], path, d => Find(d, marker) is not null ? "shown" : null);
    }

    private Task<bool> GoAsync(string action, string path, Func<VirtualDom, string?> shown) =>
        measurements.TimeAsync(action, async () =>
        {
            var from = at;
            at = path;
            try
            {
                await page!.NavigateAsync(path);
                await page.WaitForAsync(shown, Patience, path);
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException)
            {
                throw new InvalidOperationException($"from {from}: {e.Message}", e);
            }
        });

    // What the user would see when the change they wait for does not come: a form's errors (in a
    // dialog too) or a snackbar.
    private static string Messages(VirtualDom dom)
    {
        var shown = string.Join(" | ", dom.Elements()
            .Where(e => e["data-testid"] == "form-errors" || e.HasClass("mud-input-error") || e.HasClass("mud-snackbar"))
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).Distinct());
        return shown.Length > 0 ? shown : "no error";
    }

    private static Node? Find(VirtualDom dom, string testId) => dom.Elements().FirstOrDefault(e => e["data-testid"] == testId);

    private static IEnumerable<Node> Columns(VirtualDom dom) => dom.Elements().Where(e => e["data-testid"] == "board-column");

    private static IEnumerable<Node> Cards(VirtualDom dom) => dom.Elements().Where(e => e["data-testid"] == "board-card");

    private static IEnumerable<Node> Cards(Node column) => column.Descendants().Where(e => e["data-testid"] == "board-card");
}
