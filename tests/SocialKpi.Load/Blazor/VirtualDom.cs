using System.Text;
using System.Text.RegularExpressions;

namespace SocialKpi.Load.Blazor;

/// <summary>
/// What a browser would show, kept as a tree of logical nodes built from render batches the way
/// blazor.web.js applies them: regions are flattened into their parent, a child component is one
/// container node, a reference capture is no node at all. Enough to find an element by its
/// attributes or text and the .NET handler behind one of its events.
/// </summary>
public sealed class VirtualDom
{
    private readonly Dictionary<int, Node> components = [];

    /// <summary>The root components' containers, in the order they first rendered.</summary>
    public List<Node> Roots { get; } = [];

    public void Apply(RenderBatch batch)
    {
        foreach (var diff in batch.Diffs)
        {
            if (!components.TryGetValue(diff.ComponentId, out var container))
            {
                container = new Node(NodeKind.Component, diff.ComponentId) { ComponentId = diff.ComponentId };
                components[diff.ComponentId] = container;
                Roots.Add(container);
            }
            ApplyEdits(diff, container, batch.ReferenceFrames);
        }
        foreach (var id in batch.DisposedComponentIds)
        {
            if (components.Remove(id, out var gone))
                Roots.Remove(gone);
        }
    }

    /// <summary>Whether <paramref name="node"/> is still on the page (not in a subtree a batch removed).</summary>
    public bool Holds(Node node) => Roots.Contains(node.Ancestors().LastOrDefault() ?? node);

    public IEnumerable<Node> Elements() => Roots.SelectMany(r => r.Descendants()).Where(n => n.Kind == NodeKind.Element);

    private void ApplyEdits(ComponentDiff diff, Node parent, IReadOnlyList<Frame> frames)
    {
        List<(int From, int To)>? permutation = null;
        foreach (var edit in diff.Edits)
        {
            var index = edit.SiblingIndex;
            switch (edit.Type)
            {
                case EditType.PrependFrame:
                    Insert(diff.ComponentId, parent, index, frames, edit.ReferenceFrameIndex);
                    break;
                case EditType.RemoveFrame:
                    parent.RemoveChildAt(index);
                    break;
                case EditType.SetAttribute:
                    parent.Children[index].SetAttribute(frames[edit.ReferenceFrameIndex]);
                    break;
                case EditType.RemoveAttribute:
                    parent.Children[index].RemoveAttribute(edit.RemovedAttributeName!);
                    break;
                case EditType.UpdateText:
                case EditType.UpdateMarkup:
                    parent.Children[index].Text = frames[edit.ReferenceFrameIndex].Value;
                    break;
                case EditType.StepIn:
                    parent = parent.Children[index];
                    break;
                case EditType.StepOut:
                    parent = parent.Parent!;
                    break;
                case EditType.PermutationListEntry:
                    (permutation ??= []).Add((index, edit.ReferenceFrameIndex));
                    break;
                case EditType.PermutationListEnd:
                    parent.Permute(permutation!);
                    permutation = null;
                    break;
            }
        }
    }

    /// <summary>Inserts the frame at <paramref name="at"/> and returns how many logical children it made.</summary>
    private int Insert(int componentId, Node parent, int index, IReadOnlyList<Frame> frames, int at)
    {
        var frame = frames[at];
        switch (frame.Type)
        {
            case FrameType.Element:
                var element = new Node(NodeKind.Element, componentId) { Name = frame.Name };
                parent.InsertChild(index, element);
                var child = 0;
                for (var i = at + 1; i < at + frame.SubtreeLength; i += frames[i].SubtreeLength)
                {
                    if (frames[i].Type == FrameType.Attribute)
                        element.SetAttribute(frames[i]);
                    else
                        child += Insert(componentId, element, child, frames, i);
                }
                return 1;
            case FrameType.Text:
            case FrameType.Markup:
                parent.InsertChild(index, new Node(frame.Type == FrameType.Text ? NodeKind.Text : NodeKind.Markup, componentId) { Text = frame.Value });
                return 1;
            case FrameType.Component:
                var container = new Node(NodeKind.Component, componentId) { ComponentId = frame.ComponentId };
                components[frame.ComponentId] = container;
                parent.InsertChild(index, container);
                return 1;
            case FrameType.Region:
                var inserted = 0;
                for (var i = at + 1; i < at + frame.SubtreeLength; i += frames[i].SubtreeLength)
                    inserted += Insert(componentId, parent, index + inserted, frames, i);
                return inserted;
            default:
                return 0;
        }
    }
}

public enum NodeKind { Element, Text, Markup, Component }

public sealed partial class Node(NodeKind kind, int renderedBy)
{
    private readonly Dictionary<string, string?> attributes = [];
    private readonly Dictionary<string, ulong> handlers = [];

    public NodeKind Kind { get; } = kind;

    /// <summary>The component whose render made this node (the one its events are dispatched to).</summary>
    public int RenderedBy { get; } = renderedBy;

    /// <summary>For a component container, the child component's id.</summary>
    public int ComponentId { get; init; }

    public string? Name { get; init; }
    public string? Text { get; set; }
    public Node? Parent { get; private set; }
    public List<Node> Children { get; } = [];

    public string? this[string attribute] => attributes.GetValueOrDefault(attribute);

    public bool Has(string attribute) => attributes.ContainsKey(attribute);

    /// <summary>The handler id of an event ("click", "input"), or 0 when none is attached here.</summary>
    public ulong HandlerFor(string eventName) => handlers.GetValueOrDefault("on" + eventName);

    /// <summary>Every node below this one, in document order (a stack, not nested iterators: pages are deep).</summary>
    public IEnumerable<Node> Descendants()
    {
        var pending = new Stack<Node>(Enumerable.Reverse(Children));
        while (pending.TryPop(out var node))
        {
            yield return node;
            for (var i = node.Children.Count - 1; i >= 0; i--)
                pending.Push(node.Children[i]);
        }
    }

    public IEnumerable<Node> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
            yield return node;
    }

    /// <summary>The text a user reads: text nodes and markup with its tags removed, whitespace collapsed.</summary>
    public string TextContent
    {
        get
        {
            var text = new StringBuilder();
            Collect(this, text);
            return Whitespace().Replace(text.ToString(), " ").Trim();
        }
    }

    public bool HasClass(string name) => this["class"]?.Split(' ').Contains(name) == true;

    public override string ToString() => Kind == NodeKind.Element
        ? $"<{Name} {string.Join(' ', attributes.Select(a => $"{a.Key}=\"{a.Value}\"").Concat(handlers.Keys))}>"
        : $"{Kind} {Text}";

    internal void SetAttribute(Frame frame)
    {
        if (frame.EventHandlerId != 0)
            handlers[frame.Name!] = frame.EventHandlerId;
        else
            attributes[frame.Name!] = frame.Value;
    }

    internal void RemoveAttribute(string name)
    {
        attributes.Remove(name);
        handlers.Remove(name);
    }

    internal void InsertChild(int index, Node child)
    {
        child.Parent = this;
        Children.Insert(index, child);
    }

    internal void RemoveChildAt(int index)
    {
        Children[index].Parent = null;
        Children.RemoveAt(index);
    }

    internal void Permute(List<(int From, int To)> moves)
    {
        var before = Children.ToArray();
        foreach (var (from, to) in moves)
            Children[to] = before[from];
    }

    private static void Collect(Node node, StringBuilder text)
    {
        if (node.Kind == NodeKind.Text)
            text.Append(node.Text);
        else if (node.Kind == NodeKind.Markup)
            text.Append(' ').Append(Tag().Replace(node.Text ?? "", " ")).Append(' ');
        foreach (var child in node.Children)
            Collect(child, text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
