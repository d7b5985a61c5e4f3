namespace SocialKpi.Prospects;

/// <summary>How close to home a prospect is, for local ("snail") prospecting, nearest first.</summary>
public enum PerimeterRing
{
    Building,
    Street,
    Neighbourhood,
    City,
    Region,
    Beyond,
    OnlineOnly,
}
