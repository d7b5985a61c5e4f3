namespace SocialKpi.Sales;

/// <summary>Money a client paid. A prospect's first sale is its conversion.</summary>
public class Sale
{
    public int Id { get; set; }
    public int ProspectId { get; set; }
    public decimal Amount { get; set; }
    public DateTime SoldAt { get; set; }
    public string? Note { get; set; }
    public string? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>The import that wrote this row, so that the import can be reverted; null when typed in the app.</summary>
    public int? ImportBatchId { get; set; }
}
