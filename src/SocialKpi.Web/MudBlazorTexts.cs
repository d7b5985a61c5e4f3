namespace SocialKpi.Web;

/// <summary>Marker for MudBlazor's own texts: Resources/MudBlazorTexts.fr.resx (English is MudBlazor's).</summary>
public sealed class MudBlazorTexts;
