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
}
