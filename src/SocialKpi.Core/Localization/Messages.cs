using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace SocialKpi.Localization;

/// <summary>
/// Messages the Core shows to users (validation, refusals), in the current UI culture: English from
/// <c>Resources/Messages.resx</c>, French from <c>Messages.fr.resx</c>. A property per message keeps
/// keys checked by the compiler.
/// </summary>
public static class Messages
{
    private static readonly ResourceManager Resources = new("SocialKpi.Resources.Messages", typeof(Messages).Assembly);

    public static string NameRequired => Get();
    public static string TooLong(int max) => Format(max);
    public static string EmailInvalid => Get();
    public static string PhoneInvalid => Get();
    public static string HandleInvalid => Get();
    public static string AmountInvalid => Get();
    public static string ValueNegative => Get();
    public static string ValueTooLarge => Get();
    public static string ChannelRequired => Get();
    public static string ChannelUnknown => Get();
    public static string ChannelExists(string name) => Format(name);
    public static string ChannelKindInvalid => Get();
    public static string StageRequired => Get();
    public static string StageUnknown => Get();
    public static string NewProspectStageOpen => Get();
    public static string ProbabilityRange => Get();
    public static string StaleDaysRange => Get();
    public static string StageNamesUnique => Get();
    public static string StageKeepOutcome => Get();
    public static string StageOpenBeforeClosed => Get();
    public static string ViewerCannotEdit => Get();
    public static string OwnersOnly => Get();
    public static string ControlCharacters => Get();
    public static string HandleChannelTwice => Get();
    public static string MergeIntoItself => Get();
    public static string HandleRequired => Get();
    public static string AccountExists(string handle) => Format(handle);
    public static string AccountNotFound => Get();
    public static string SnapshotDateInvalid => Get();
    public static string SnapshotDateInFuture => Get();
    public static string FollowersRequired => Get();
    public static string CountInvalid => Get();
    public static string TimeDateInvalid => Get();
    public static string TimeDateInFuture => Get();
    public static string TimeMinutesInvalid(int max) => Format(max);
    public static string TimeEntryNotFound => Get();
    public static string HourlyRateInvalid => Get();
    public static string ImportDateInvalid => Get();
    public static string ImportSnapshotTwice(string handle, string day) => Format2(handle, day);
    public static string SentenceEngagement(double rate) => Format(rate);
    public static string SentenceClients(int clients) => clients == 1 ? SentenceOneClient : Format(clients);
    public static string SentenceOneClient => Get();
    public static string SentencePerHour(decimal euros) => Format(euros);
    public static string SentenceNoTime => Get();
    public static string PersonaExists(string name) => Format(name);
    public static string CriterionNotOfPersona => Get();
    public static string Sentence(string channel, string parts) => Format2(channel, parts);
    public static string PurposeInvalid => Get();
    public static string BasisInvalid => Get();
    public static string ImportTimeInFuture => Get();
    public static string CannotDeactivateYourself => Get();
    public static string UserNotFound => Get();
    public static string LastOwner => Get();
    public static string CurrentPasswordWrong => Get();
    public static string StageHasProspects => Get();
    public static string StageHasHistory => Get();
    public static string OwnerUnknown => Get();
    public static string PersonaUnknown => Get();
    public static string ObjectiveKindInvalid => Get();
    public static string ObjectiveMetricInvalid => Get();
    public static string ObjectivePeriodInvalid => Get();
    public static string ObjectiveTargetPercent => Get();
    public static string ObjectiveTargetAmount => Get();
    public static string ObjectiveTargetCount => Get();
    public static string ObjectiveChangedMeanwhile => Get();
    public static string VisitInterested => Get();
    public static string VisitNotInterested => Get();
    public static string VisitNobodyHome => Get();
    public static string VisitFollowUp => Get();
    public static string VisitAgain => Get();
    public static string NetworkNoLinkedInHeader => Get();
    public static string NetworkNotInstagramJson => Get();
    public static string NetworkNoName => Get();
    public static string NetworkNoProfile => Get();
    public static string NetworkDateInvalid(string text) => Format(text);
    public static string NetworkPositionNote(string position) => Format(position);
    public static string RingInvalid => Get();
    public static string TagTooLong(int max) => Format(max);
    public static string TooManyTags(int max) => Format(max);
    public static string ProspectChangedMeanwhile => Get();
    public static string ProspectNotFound => Get();
    public static string EmailRequired => Get();
    public static string DisplayNameRequired => Get();
    public static string PasswordRequired => Get();
    public static string PasswordsDiffer => Get();
    public static string RoleUnknown => Get();
    public static string PasswordTooShort(int length) => Format(length);
    public static string PasswordRequiresDigit => Get();
    public static string PasswordRequiresLower => Get();
    public static string PasswordRequiresUpper => Get();
    public static string PasswordRequiresNonAlphanumeric => Get();
    public static string PasswordRequiresUniqueChars(int count) => Format(count);
    public static string DuplicateEmail(string email) => Format(email);
    public static string ActivityKindRequired => Get();
    public static string DirectionInvalid => Get();
    public static string OccurredAtInvalid => Get();
    public static string OccurredInFuture => Get();
    public static string DurationInvalid(int max) => Format(max);
    public static string NextStepRequired => Get();
    public static string NextStepDueInvalid => Get();
    public static string ActivityNotFound => Get();
    public static string NoBasisForOutreach(string name, string purpose) => Format2(name, purpose);
    public static string Purpose_Email => Get();
    public static string Purpose_Phone => Get();
    public static string Purpose_Sms => Get();
    public static string SaleAmountRequired => Get();
    public static string SaleAmountPositive => Get();
    public static string SaleDateInvalid => Get();
    public static string SaleDateInFuture => Get();
    public static string LossReasonRequired => Get();
    public static string ImportEmptyFile => Get();
    public static string ImportUnclosedQuote => Get();
    public static string ImportTooManyCells(int cells, int columns) => Format2(cells, columns);
    public static string ImportNoRows => Get();
    public static string ImportMissingColumns(string columns) => Format(columns);
    public static string ImportRequired => Get();
    public static string ImportTimeInvalid => Get();
    public static string ImportUnknownChannel(string known) => Format(known);
    public static string ImportDuplicateRef(string reference) => Format(reference);
    public static string ImportRefExists(string reference) => Format(reference);
    public static string ImportUnknownProspect(string reference) => Format(reference);
    public static string ImportUnknownStage(string known) => Format(known);
    public static string ImportUnknownOwner(string email) => Format(email);
    public static string DuplicateByEmail(string email) => Format(email);
    public static string DuplicateByPhone(string phone) => Format(phone);
    public static string DuplicateByHandle(string channel, string handle) => Format2(channel, handle);
    public static string ImportNotFound(int id) => Format(id);
    public static string ImportAlreadyReverted => Get();
    public static string ImportChangedSince(int count, string names) => Format2(count, names);
    public static string ErasedProspectPrefix => Get();
    public static string RetentionReasonRequired => Get();
    public static string ProspectsNotFound(string ids) => Format(ids);
    public static string ImportUnknownPersona(string known) => Format(known);
    public static string ImportRingInvalid => Get();
    public static string ImportKindInvalid => Get();
    public static string ImportDirectionInvalid => Get();
    public static string LossReasonExists(string name) => Format(name);
    public static string LookbackInvalid => Get();
    public static string SaleNeedsClient => Get();
    public static string EvidenceRequired => Get();
    public static string ConsentDateInvalid => Get();
    public static string ConsentNotFound => Get();
    public static string LinkNotValid => Get();
    public static string LinkUsed => Get();
    public static string LinkExpired => Get();
    public static string ResetNeedsActiveUser => Get();

    /// <summary>The text of a key in a given culture; tests use it to check that both languages exist.</summary>
    public static string? Lookup(string key, CultureInfo culture) => Resources.GetString(key, culture);

    private static string Get([CallerMemberName] string key = "") =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    private static string Format(object argument, [CallerMemberName] string key = "") =>
        string.Format(CultureInfo.CurrentCulture, Get(key), argument);

    private static string Format2(object first, object second, [CallerMemberName] string key = "") =>
        string.Format(CultureInfo.CurrentCulture, Get(key), first, second);
}
