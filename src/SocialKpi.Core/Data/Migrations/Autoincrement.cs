namespace SocialKpi.Data.Migrations;

/// <summary>
/// Provider annotations for identity columns. Each provider reads its own and ignores the others', so
/// a migration that carries them all stays provider-neutral.
/// </summary>
internal static class Autoincrement
{
    public const string Sqlite = "Sqlite:Autoincrement";
}
