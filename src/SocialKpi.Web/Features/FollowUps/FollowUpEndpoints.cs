using System.Globalization;
using System.Security.Claims;
using System.Text;
using SocialKpi.Activities;
using SocialKpi.Common;
using SocialKpi.Web.Infrastructure;

namespace SocialKpi.Web.Features.FollowUps;

/// <summary>The follow-ups page as a CSV download: mine, or everyone's with <c>?everyone=true</c>, as on screen.</summary>
public static class FollowUpEndpoints
{
    public static void MapFollowUpEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/follow-ups.csv", async (bool? everyone, ClaimsPrincipal user, SocialKpi.Activities.FollowUps followUps) =>
        {
            var owner = everyone == true ? null : user.FindFirstValue(ClaimTypes.NameIdentifier);
            var csv = new StringBuilder("due,group,prospect,next_step,kind,channel\n");
            foreach (var group in Enum.GetValues<FollowUpGroup>())
            {
                var list = await followUps.GroupAsync(owner, group, 0, int.MaxValue);
                foreach (var item in list.Items)
                {
                    csv.Append(item.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',').Append(CsvText.Name(group)).Append(',')
                        .Append(CsvText.Cell(item.ProspectName)).Append(',').Append(CsvText.Cell(item.NextStep)).Append(',')
                        .Append(CsvText.Name(item.Kind)).Append(',').Append(CsvText.Cell(item.Channel)).Append('\n');
                }
            }
            return Results.File(CsvText.Utf8WithBom(csv.ToString()), "text/csv; charset=utf-8", "follow-ups.csv");
        }).AuditedAsExport();
    }
}
