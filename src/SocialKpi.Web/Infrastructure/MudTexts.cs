using Microsoft.Extensions.Localization;
using MudBlazor;

namespace SocialKpi.Web.Infrastructure;

/// <summary>
/// MudBlazor's own texts (pager, grid filters, dialogs) in the user's language. MudBlazor ships
/// English only; French comes from Resources/MudBlazorTexts.fr.resx, and a text missing there
/// falls back to MudBlazor's English.
/// </summary>
public sealed class MudTexts(IStringLocalizer<MudBlazorTexts> texts) : MudLocalizer
{
    public override LocalizedString this[string key] => texts[key];
}
