namespace SocialKpi.Sales;

/// <summary>A further sale to a client, as typed.</summary>
public sealed class SaleInput
{
    public string? Amount { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? SoldOn { get; set; }

    public string? Note { get; set; }
}
