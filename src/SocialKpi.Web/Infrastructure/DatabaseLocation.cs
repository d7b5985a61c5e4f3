using SocialKpi.Data;

namespace SocialKpi.Web.Infrastructure;

/// <summary>Which database the app opens, and whether configuration named it (then its folder must exist).</summary>
public sealed record DatabaseLocation(DatabaseProvider Provider, string ConnectionString, bool IsConfigured);
