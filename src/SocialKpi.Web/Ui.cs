namespace SocialKpi.Web;

/// <summary>Marker for the interface texts: Resources/Ui.resx (English) and Ui.fr.resx (French).</summary>
public sealed class Ui;
