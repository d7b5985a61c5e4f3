using MudBlazor;

namespace SocialKpi.Web.Components.Layout;

/// <summary>The product's colours: a deep teal for actions, amber for what needs attention.</summary>
public static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#00695c",
            Secondary = "#5c6bc0",
            // Darker than MudBlazor's 54 % so that secondary text passes WCAG AA on the grey backgrounds.
            TextSecondary = "rgba(0,0,0,0.66)",
            Tertiary = "#ef6c00",
            AppbarBackground = "#00695c",
            Background = "#f6f8f8",
            DrawerBackground = "#ffffff",
            Success = "#2e7d32",
            Warning = "#b26a00",
            Error = "#c62828",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#4db6ac",
            Secondary = "#9fa8da",
            TextSecondary = "rgba(255,255,255,0.72)",
            Tertiary = "#ffb74d",
            AppbarBackground = "#103d38",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "220px" },
    };
}
