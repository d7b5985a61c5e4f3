namespace SocialKpi.Pipeline;

public static class DefaultLossReasons
{
    public static readonly IReadOnlyList<(string English, string French)> All =
    [
        ("Too expensive", "Trop cher"),
        ("Not the right time", "Pas le bon moment"),
        ("Chose a competitor", "A choisi un concurrent"),
        ("No answer", "Pas de réponse"),
        ("Not a fit", "Hors cible"),
    ];
}
