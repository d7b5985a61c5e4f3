using System.Text.Json;

namespace SocialKpi.Activities;

/// <summary>What an activity said before it was edited or deleted, kept in the prospect's history.</summary>
public sealed record ActivitySnapshot(ActivityKind Kind, Direction Direction, string? Channel, DateTime OccurredAt, int DurationMinutes, string Summary)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static ActivitySnapshot? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ActivitySnapshot>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
