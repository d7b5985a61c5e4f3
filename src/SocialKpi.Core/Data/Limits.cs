namespace SocialKpi.Data;

/// <summary>Column lengths, shared by the schema and the validators so that both say the same.</summary>
public static class Limits
{
    public const int Name = 200;
    public const int ShortText = 100;
    public const int Email = 254;
    public const int Phone = 32;
    public const int Handle = 100;
    public const int Tag = 50;
    public const int LongText = 4000;
    public const int Summary = 2000;
}
