using System.Globalization;
using FluentValidation;
using SocialKpi.Activities;
using SocialKpi.Localization;

namespace SocialKpi.Social;

/// <summary>A snapshot as typed or imported: text until validated, so that "1 2 3" gets a message, not a binding error.</summary>
public sealed class SnapshotInput
{
    /// <summary>yyyy-MM-dd.</summary>
    public string? Date { get; set; }
    public string? Followers { get; set; }
    public string? Reach { get; set; }
    public string? Impressions { get; set; }
    public string? Likes { get; set; }
    public string? Comments { get; set; }
    public string? Shares { get; set; }
    public string? Saves { get; set; }
    public string? Mentions { get; set; }
    public string? ProfileVisits { get; set; }
    public string? LinkClicks { get; set; }

    /// <summary>A count as people type it: digits, spaces or thin spaces between thousands; empty is unknown.</summary>
    public static bool TryParseCount(string? text, out int? count)
    {
        count = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        var digits = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F'));
        if (digits.Length is 0 or > 10 || !digits.All(char.IsAsciiDigit) || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return false;
        count = value;
        return true;
    }

    public SocialSnapshot ToSnapshot(int accountId)
    {
        ActivityInput.TryParseDate(Date, out var date);
        int? Count(string? text) => TryParseCount(text, out var n) ? n : null;
        return new SocialSnapshot
        {
            AccountId = accountId,
            Date = date,
            Followers = Count(Followers) ?? 0,
            Reach = Count(Reach),
            Impressions = Count(Impressions),
            Likes = Count(Likes),
            Comments = Count(Comments),
            Shares = Count(Shares),
            Saves = Count(Saves),
            Mentions = Count(Mentions),
            ProfileVisits = Count(ProfileVisits),
            LinkClicks = Count(LinkClicks),
        };
    }
}

public sealed class SnapshotInputValidator : AbstractValidator<SnapshotInput>
{
    public SnapshotInputValidator(TimeProvider clock)
    {
        RuleFor(s => s.Date).Must(d => ActivityInput.TryParseDate(d, out _)).WithMessage(_ => Messages.SnapshotDateInvalid)
            .Must(d => !ActivityInput.TryParseDate(d, out var date) || date <= Common.ClockExtensions.Today(clock)).WithMessage(_ => Messages.SnapshotDateInFuture);
        RuleFor(s => s.Followers).NotEmpty().WithMessage(_ => Messages.FollowersRequired)
            .Must(f => SnapshotInput.TryParseCount(f, out _)).WithMessage(_ => Messages.CountInvalid);
        foreach (var figure in new System.Linq.Expressions.Expression<Func<SnapshotInput, string?>>[]
                 { s => s.Reach, s => s.Impressions, s => s.Likes, s => s.Comments, s => s.Shares, s => s.Saves, s => s.Mentions, s => s.ProfileVisits, s => s.LinkClicks })
        {
            RuleFor(figure).Must(f => SnapshotInput.TryParseCount(f, out _)).WithMessage(_ => Messages.CountInvalid);
        }
    }
}
