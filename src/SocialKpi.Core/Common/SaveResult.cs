using FluentValidation.Results;

namespace SocialKpi.Common;

/// <summary>What a service answers to a write: the saved entity's id, or why nothing was saved.</summary>
public sealed record SaveResult(int? Id, IReadOnlyList<ValidationFailure> Errors, bool IsConflict = false)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Someone else changed the record since the user read it; nothing was saved.</summary>
    public static SaveResult Conflict(string message) => new(null, [new ValidationFailure("", message)], IsConflict: true);

    public static SaveResult Saved(int id) => new(id, []);

    /// <summary>A write that has no new id to give back.</summary>
    public static readonly SaveResult Done = new(null, []);

    public static SaveResult Failed(IEnumerable<ValidationFailure> errors) => new(null, errors.ToList());

    public static SaveResult Failed(string property, string message) => Failed([new ValidationFailure(property, message)]);
}
