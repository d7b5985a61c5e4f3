using System.Buffers.Binary;
using System.Text;

namespace SocialKpi.Load.Blazor;

/// <summary>
/// One render batch as the server sends it to a browser ("JS.RenderBatch"), decoded: which
/// components changed and how, the frames those edits refer to, and what was disposed. The layout
/// is the one blazor.web.js reads: fixed-size entries, with the offsets of each section and of the
/// string table in the last five ints.
/// </summary>
public sealed class RenderBatch
{
    private const int FrameSize = 20;
    private const int EditSize = 16;

    public required IReadOnlyList<ComponentDiff> Diffs { get; init; }
    public required IReadOnlyList<Frame> ReferenceFrames { get; init; }
    public required IReadOnlyList<int> DisposedComponentIds { get; init; }

    public static RenderBatch Read(byte[] data)
    {
        int Int(int at) => BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(at));
        var end = data.Length;
        var diffsAt = Int(end - 20);
        var framesAt = Int(end - 16);
        var disposedAt = Int(end - 12);
        var strings = new StringTable(data, Int(end - 4));

        var diffs = new ComponentDiff[Int(diffsAt)];
        for (var i = 0; i < diffs.Length; i++)
        {
            var at = Int(diffsAt + 4 + 4 * i);
            var edits = new Edit[Int(at + 4)];
            for (var e = 0; e < edits.Length; e++)
            {
                var editAt = at + 8 + e * EditSize;
                edits[e] = new Edit((EditType)Int(editAt), Int(editAt + 4), Int(editAt + 8), strings.Read(Int(editAt + 12)));
            }
            diffs[i] = new ComponentDiff(Int(at), edits);
        }

        var frames = new Frame[Int(framesAt)];
        for (var i = 0; i < frames.Length; i++)
            frames[i] = ReadFrame(data, framesAt + 4 + i * FrameSize, strings);

        var disposed = new int[Int(disposedAt)];
        for (var i = 0; i < disposed.Length; i++)
            disposed[i] = Int(disposedAt + 4 + 4 * i);

        return new RenderBatch { Diffs = diffs, ReferenceFrames = frames, DisposedComponentIds = disposed };
    }

    private static Frame ReadFrame(byte[] data, int at, StringTable strings)
    {
        int Int(int offset) => BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(at + offset));
        var type = (FrameType)Int(0);
        return type switch
        {
            FrameType.Element => new Frame(type, Int(4), Name: strings.Read(Int(8))),
            FrameType.Text or FrameType.Markup => new Frame(type, 1, Value: strings.Read(Int(4))),
            FrameType.Attribute => new Frame(type, 1, Name: strings.Read(Int(4)), Value: strings.Read(Int(8)),
                EventHandlerId: BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(at + 12))),
            FrameType.Component => new Frame(type, Int(4), ComponentId: Int(8)),
            FrameType.Region => new Frame(type, Int(4)),
            FrameType.ElementReferenceCapture => new Frame(type, 1, Value: strings.Read(Int(4))),
            _ => new Frame(type, 1),
        };
    }

    /// <summary>Strings are .NET BinaryWriter strings (a 7-bit length, then UTF-8), found by index.</summary>
    private sealed class StringTable(byte[] data, int indexAt)
    {
        public string? Read(int index)
        {
            if (index < 0)
                return null;
            var at = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(indexAt + 4 * index));
            int length = 0, shift = 0;
            byte b;
            do
            {
                b = data[at++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            return Encoding.UTF8.GetString(data, at, length);
        }
    }
}

public sealed record ComponentDiff(int ComponentId, IReadOnlyList<Edit> Edits);

/// <summary>One edit; <paramref name="ReferenceFrameIndex"/> is also the target of a permutation entry.</summary>
public readonly record struct Edit(EditType Type, int SiblingIndex, int ReferenceFrameIndex, string? RemovedAttributeName);

/// <summary>
/// A frame: <see cref="SubtreeLength"/> counts the frame and its descendants (1 for leaves);
/// <see cref="EventHandlerId"/> is non-zero for an attribute that carries a .NET event handler.
/// </summary>
public readonly record struct Frame(FrameType Type, int SubtreeLength, string? Name = null, string? Value = null,
    int ComponentId = 0, ulong EventHandlerId = 0);

public enum EditType
{
    PrependFrame = 1,
    RemoveFrame = 2,
    SetAttribute = 3,
    RemoveAttribute = 4,
    UpdateText = 5,
    StepIn = 6,
    StepOut = 7,
    UpdateMarkup = 8,
    PermutationListEntry = 9,
    PermutationListEnd = 10,
}

public enum FrameType
{
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    ComponentReferenceCapture = 7,
    Markup = 8,
    ComponentRenderMode = 9,
    NamedEvent = 10,
}
