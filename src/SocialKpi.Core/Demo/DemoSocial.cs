using Bogus;
using SocialKpi.Channels;
using SocialKpi.Social;
using SocialKpi.TimeSpent;

namespace SocialKpi.Demo;

/// <summary>
/// The demo's own accounts and time: one account per social channel with a weekly snapshot over the
/// past year (followers growing unevenly, engagement between 1 and 6 %), and a few time entries a
/// week on every channel, so that "likes are not revenue" has both sides to compare.
/// </summary>
internal static class DemoSocial
{
    private static readonly string[] Notes = ["Publication", "Réponses aux commentaires", "Stories", "Tournée du quartier", "Messages privés", "Préparation des visuels", "Newsletter", "Appels de relance"];

    public static List<SocialAccount> Accounts(Faker faker, IReadOnlyList<Channel> channels, DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        var accounts = new List<SocialAccount>();
        foreach (var channel in channels.Where(c => c.Kind == ChannelKind.Social))
        {
            var account = new SocialAccount { ChannelId = channel.Id, Handle = "atelier.demo", CreatedAt = now.AddYears(-1) };
            double followers = faker.Random.Int(200, 3000);
            var rate = faker.Random.Double(0.01, 0.06);
            for (var week = 52; week >= 0; week--)
            {
                followers *= 1 + faker.Random.Double(-0.005, 0.03);
                var count = (int)followers;
                var interactions = (int)(count * rate * faker.Random.Double(0.6, 1.4));
                var likes = (int)(interactions * 0.75);
                var comments = (int)(interactions * 0.12);
                var shares = (int)(interactions * 0.07);
                account.Snapshots.Add(new SocialSnapshot
                {
                    Date = today.AddDays(-7 * week),
                    Followers = count,
                    Reach = (int)(count * faker.Random.Double(0.8, 2.5)),
                    Impressions = (int)(count * faker.Random.Double(2, 5)),
                    Likes = likes,
                    Comments = comments,
                    Shares = shares,
                    Saves = interactions - likes - comments - shares,
                    Mentions = faker.Random.Int(0, 8),
                    ProfileVisits = (int)(count * faker.Random.Double(0.02, 0.08)),
                    LinkClicks = (int)(count * faker.Random.Double(0.005, 0.02)),
                });
            }
            accounts.Add(account);
        }
        return accounts;
    }

    public static List<TimeEntry> TimeEntries(Faker faker, IReadOnlyList<Channel> channels, DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        var entries = new List<TimeEntry>();
        foreach (var channel in channels)
        {
            var perWeek = channel.Kind switch { ChannelKind.Social => 3, ChannelKind.Local => 2, _ => 1 };
            for (var week = 52; week >= 0; week--)
            {
                for (var i = 0; i < perWeek; i++)
                {
                    entries.Add(new TimeEntry
                    {
                        ChannelId = channel.Id,
                        Date = today.AddDays(-7 * week - faker.Random.Int(0, 6)),
                        Minutes = faker.Random.Int(15, channel.Kind == ChannelKind.Local ? 180 : 90),
                        Note = faker.PickRandom(Notes),
                        CreatedAt = now,
                    });
                }
            }
        }
        return entries.Where(e => e.Date <= today).ToList();
    }
}
