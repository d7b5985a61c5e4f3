using FluentValidation.Results;

namespace SocialKpi.Common;

/// <summary>What a service answers to a write: the saved entity's id, or why nothing was saved.</summary>
public sealed record SaveResult(int? Id, IReadOnlyList<ValidationFailure> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static SaveResult Saved(int id) => new(id, []);

    public static SaveResult Failed(IEnumerable<ValidationFailure> errors) => new(null, errors.ToList());

    public static SaveResult Failed(string property, string message) => Failed([new ValidationFailure(property, message)]);
}
