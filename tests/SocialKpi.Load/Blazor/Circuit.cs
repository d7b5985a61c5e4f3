using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace SocialKpi.Load.Blazor;

/// <summary>
/// A browser tab without a browser: it loads a prerendered page, opens the page's circuit the way
/// blazor.web.js does, keeps the page's <see cref="VirtualDom"/> up to date from render batches,
/// answers the server's JavaScript calls, and sends what a user does (events, link navigation).
/// Every read of the page goes through <see cref="Read{T}"/> or <see cref="WaitForAsync{T}"/>, which
/// hold the lock that render batches are applied under.
/// </summary>
public sealed class Circuit : IAsyncDisposable
{
    private readonly HubConnection hub;
    private readonly VirtualDom dom = new();
    private readonly List<Waiter> waiters = [];
    private readonly Uri baseUri;

    // A browser's one thread: a batch is applied and acknowledged, or a user's event is sent, never
    // both at once. Once a batch that removes an element is acknowledged the server forgets the
    // element's handlers, and a browser could no longer click it; without this, an event read from
    // the page before a batch could be sent after its acknowledgement.
    private readonly SemaphoreSlim browserThread = new(1, 1);
    private long rendererInterop;
    private int nextCallId;
    private int nextJsObjectId;

    private Circuit(HubConnection hub, Uri baseUri, Uri location)
    {
        this.hub = hub;
        this.baseUri = baseUri;
        Location = location;
    }

    /// <summary>Where the page is now (the server may navigate it).</summary>
    public Uri Location { get; private set; }

    /// <summary>Why the circuit broke (a server error or a closed connection), or null.</summary>
    public string? Failure { get; private set; }

    /// <summary>Loads <paramref name="path"/> with the session's cookies and connects its circuit.</summary>
    public static async Task<Circuit> OpenAsync(HttpClient http, CookieContainer cookies, Uri baseUri, string path, CancellationToken cancel)
    {
        var location = new Uri(baseUri, path);
        using var response = await http.GetAsync(location, cancel);
        response.EnsureSuccessStatusCode();
        var page = PrerenderedPage.Parse(await response.Content.ReadAsStringAsync(cancel));
        if (page.Markers.Count == 0)
            throw new InvalidOperationException($"{path} has no interactive component (signed out?)");
        location = response.RequestMessage?.RequestUri ?? location;

        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "_blazor"), HttpTransportType.WebSockets, options => options.Cookies = cookies);
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        var circuit = new Circuit(builder.Build(), baseUri, location);
        circuit.Listen();
        await circuit.hub.StartAsync(cancel);
        var id = await circuit.hub.InvokeAsync<string?>("StartCircuit", baseUri.ToString(), location.ToString(), "[]", page.State, cancel);
        if (string.IsNullOrEmpty(id))
            throw new InvalidOperationException("The server refused to start the circuit");
        var operations = new JsonObject
        {
            ["batchId"] = 1,
            ["operations"] = new JsonArray(page.Markers.Select((marker, i) => (JsonNode)new JsonObject
            {
                ["type"] = "add",
                ["ssrComponentId"] = i + 1,
                ["marker"] = marker.DeepClone(),
            }).ToArray()),
        };
        await circuit.hub.SendAsync("UpdateRootComponents", operations.ToJsonString(), page.State, cancel);
        return circuit;
    }

    /// <summary>Runs <paramref name="read"/> on the page as it is now.</summary>
    public T Read<T>(Func<VirtualDom, T> read)
    {
        lock (dom)
            return read(dom);
    }

    /// <summary>Completes when <paramref name="find"/> returns something, checked after every render batch.</summary>
    public async Task<T> WaitForAsync<T>(Func<VirtualDom, T?> find, TimeSpan timeout, string what) where T : class
    {
        Waiter waiter;
        lock (dom)
        {
            if (Failure is not null)
                throw new InvalidOperationException($"waiting for {what}: {Failure}");
            if (find(dom) is { } found)
                return found;
            waiter = new Waiter(d => find(d));
            waiters.Add(waiter);
        }
        try
        {
            return (T)await waiter.Done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{what} did not show within {timeout.TotalSeconds:0} s");
        }
        finally
        {
            lock (dom)
                waiters.Remove(waiter);
        }
    }

    /// <summary>
    /// Sends an event to the nearest handler of <paramref name="eventName"/> from
    /// <paramref name="target"/> up, as the browser's event delegation does. For input and change
    /// events, <paramref name="fieldValue"/> is the value the field now holds.
    /// </summary>
    /// <exception cref="ElementGoneException">A render batch took the element off the page before the event.</exception>
    public async Task DispatchAsync(Node target, string eventName, object eventArgs, string? fieldValue = null)
    {
        await browserThread.WaitAsync();
        try
        {
            ulong handler;
            Node element;
            lock (dom)
            {
                if (!dom.Holds(target))
                    throw new ElementGoneException($"{target} left the page before the {eventName}");
                element = new[] { target }.Concat(target.Ancestors()).FirstOrDefault(n => n.HandlerFor(eventName) != 0)
                    ?? throw new InvalidOperationException($"No {eventName} handler on {target} or above it");
                handler = element.HandlerFor(eventName);
            }
            var descriptor = new
            {
                eventHandlerId = handler,
                eventName,
                eventFieldInfo = fieldValue is null ? null : new { componentId = element.RenderedBy, fieldValue },
            };
            var args = JsonSerializer.Serialize(new object[] { descriptor, eventArgs });
            var callId = Interlocked.Increment(ref nextCallId).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await hub.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", rendererInterop, args);
        }
        finally
        {
            browserThread.Release();
        }
    }

    public Task ClickAsync(Node target) => DispatchAsync(target, "click", new { type = "click", detail = 1, button = 0 });

    /// <summary>
    /// Types <paramref name="value"/> into a field: the input event an Immediate field listens to, then
    /// change. Their arguments hold the value alone, as the server's reader of them insists.
    /// </summary>
    public async Task TypeAsync(Node field, string value)
    {
        if (HasHandler(field, "input"))
            await DispatchAsync(field, "input", new { value }, value);
        if (HasHandler(field, "change"))
            await DispatchAsync(field, "change", new { value }, value);
    }

    /// <summary>Follows a link inside the app, as a click on it does with interactive routing.</summary>
    public Task NavigateAsync(string path)
    {
        Location = new Uri(baseUri, path);
        return hub.SendAsync("OnLocationChanged", Location.ToString(), null, true);
    }

    public async ValueTask DisposeAsync()
    {
        lock (dom)
            Failure ??= "closed";
        await hub.DisposeAsync();
    }

    private bool HasHandler(Node field, string eventName)
    {
        lock (dom)
            return field.HandlerFor(eventName) != 0;
    }

    private void Listen()
    {
        // A browser acknowledges a batch as soon as it is applied, before anyone can react to what it
        // shows; so does this, before waking whoever waits for it.
        hub.On<long, byte[]>("JS.RenderBatch", async (id, data) =>
        {
            var batch = RenderBatch.Read(data);
            await browserThread.WaitAsync();
            try
            {
                lock (dom)
                    dom.Apply(batch);
                await hub.SendAsync("OnRenderCompleted", id, null);
            }
            finally
            {
                browserThread.Release();
            }
            lock (dom)
            {
                foreach (var waiter in waiters)
                    waiter.Check(dom);
            }
        });
        hub.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)],
            args => AnswerJavaScriptAsync((long)args[0]!, (string)args[1]!, (string?)args[2], (int)args[3]!));
        hub.On<string>("JS.Error", error => Fail($"server error: {error}"));
        // The answer to an event: a browser would only log a failure to the console; a load run counts it.
        hub.On<string, bool, string>("JS.EndInvokeDotNet", (_, succeeded, result) =>
        {
            if (!succeeded)
                Fail($"an event failed: {result}");
        });
        hub.Closed += error =>
        {
            Fail(error is null ? "connection closed" : $"connection lost: {error.Message}");
            return Task.CompletedTask;
        };
    }

    private void Fail(string why)
    {
        lock (dom)
        {
            Failure ??= why;
            foreach (var waiter in waiters)
                waiter.Done.TrySetException(new InvalidOperationException(why));
        }
    }

    /// <summary>
    /// What the browser's side of JS interop would answer. The renderer's interop object (the way
    /// events reach .NET) and server-side navigation matter; anything else (focus, MudBlazor's
    /// layout helpers, the clipboard) succeeds with no value, or a fresh object reference when the
    /// caller asked for one.
    /// </summary>
    private async Task AnswerJavaScriptAsync(long handle, string identifier, string? argsJson, int resultType)
    {
        var args = argsJson is null ? null : JsonNode.Parse(argsJson)?.AsArray();
        switch (identifier)
        {
            case "Blazor._internal.attachWebRendererInterop":
                rendererInterop = args![1]!["__dotNetObject"]!.GetValue<long>();
                break;
            case "Blazor._internal.navigationManager.navigateTo":
                var target = new Uri(Location, args![0]!.GetValue<string>());
                if (args.Count > 1 && args[1]?["forceLoad"]?.GetValue<bool>() == true)
                    Fail($"the page asked for a full reload of {target}");
                else
                {
                    Location = target;
                    await hub.SendAsync("OnLocationChanged", target.ToString(), null, false);
                }
                break;
        }
        if (handle == 0)
            return;
        object? result = resultType == 1 ? new Dictionary<string, int> { ["__jsObjectId"] = Interlocked.Increment(ref nextJsObjectId) } : null;
        await hub.SendAsync("EndInvokeJSFromDotNet", handle, true, JsonSerializer.Serialize(new object?[] { handle, true, result }));
    }

    private sealed class Waiter(Func<VirtualDom, object?> find)
    {
        public TaskCompletionSource<object> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Check(VirtualDom dom)
        {
            if (Done.Task.IsCompleted)
                return;
            try
            {
                if (find(dom) is { } found)
                    Done.TrySetResult(found);
            }
            catch (Exception e)
            {
                Done.TrySetException(e);
            }
        }
    }
}

/// <summary>The user aimed at something a render batch had just taken off the page: in a browser the click would not reach it.</summary>
public sealed class ElementGoneException(string message) : InvalidOperationException(message);
