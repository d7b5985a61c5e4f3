namespace SocialKpi.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
