using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using SocialKpi.Auditing;
using SocialKpi.Common;
using SocialKpi.Data;
using SocialKpi.Localization;
using SocialKpi.Users;

namespace SocialKpi.Pipeline;

public sealed class StageEdit
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int WinProbability { get; set; }

    /// <summary>Empty: cards never go stale in this stage.</summary>
    public int? StaleAfterDays { get; set; }
}

public sealed class StagesInput
{
    public List<StageEdit> Stages { get; set; } = [];
}

public sealed class StagesInputValidator : AbstractValidator<StagesInput>
{
    public StagesInputValidator()
    {
        RuleForEach(i => i.Stages).ChildRules(stage =>
        {
            stage.RuleFor(s => s.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => Messages.NameRequired)
                .MaximumLength(Limits.ShortText).WithMessage(_ => Messages.TooLong(Limits.ShortText))
                .PlainText();
            stage.RuleFor(s => s.WinProbability).InclusiveBetween(0, 100).WithMessage(_ => Messages.ProbabilityRange);
            stage.RuleFor(s => s.StaleAfterDays).InclusiveBetween(1, 365).WithMessage(_ => Messages.StaleDaysRange).When(s => s.StaleAfterDays is not null);
        });
        RuleFor(i => i.Stages).Must(stages => stages.Select(s => CatalogueName.Key(s.Name)).Distinct().Count() == stages.Count)
            .WithMessage(_ => Messages.StageNamesUnique);
    }
}

/// <summary>The pipeline's stages as the owner shapes it: names, probabilities, stale thresholds, order.</summary>
public sealed class StageSettings(SocialKpiDbContext db, IValidator<StagesInput> validator, TimeProvider clock)
{
    public async Task<StagesInput> CurrentAsync(CancellationToken cancellationToken = default) => new()
    {
        Stages = await db.Stages.AsNoTracking().OrderBy(s => s.Position)
            .Select(s => new StageEdit { Id = s.Id, Name = s.Name, WinProbability = s.WinProbability, StaleAfterDays = s.StaleAfterDays })
            .ToListAsync(cancellationToken),
    };

    public async Task<SaveResult> SaveAsync(StagesInput input, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
            return SaveResult.Failed(validation.Errors);
        var stages = await db.Stages.ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var edit in input.Stages)
        {
            if (!stages.TryGetValue(edit.Id, out var stage))
                return SaveResult.Failed("", Messages.StageUnknown);
            (stage.Name, stage.WinProbability, stage.StaleAfterDays) = (CatalogueName.Clean(edit.Name).Name, edit.WinProbability, edit.StaleAfterDays);
        }
        db.Audit(clock, AuditAction.SettingChanged, actorId, detail: "stages edited");
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(0);
    }

    /// <summary>A new open stage, placed after the last open one (before the won and lost stages).</summary>
    public async Task<SaveResult> AddAsync(string name, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        var (trimmed, error) = CatalogueName.Clean(name);
        if (error is not null)
            return SaveResult.Failed("Name", error);
        var stages = await db.Stages.OrderBy(s => s.Position).ToListAsync(cancellationToken);
        if (stages.Any(s => CatalogueName.Key(s.Name) == CatalogueName.Key(trimmed)))
            return SaveResult.Failed("Name", Messages.StageNamesUnique);
        var lastOpen = stages.LastOrDefault(s => s.Outcome == StageOutcome.Open);
        var position = (lastOpen?.Position ?? -1) + 1;
        foreach (var later in stages.Where(s => s.Position >= position))
            later.Position++;
        var stage = new Stage { Name = trimmed, Position = position, WinProbability = lastOpen?.WinProbability ?? 10, StaleAfterDays = 14 };
        db.Stages.Add(stage);
        db.Audit(clock, AuditAction.SettingChanged, actorId, detail: $"stage added: {trimmed}");
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(stage.Id);
    }

    /// <summary>Swaps a stage with its neighbour; open stages stay before the won and lost ones.</summary>
    public async Task<bool> MoveAsync(int id, bool earlier, CancellationToken cancellationToken = default)
    {
        var stages = await db.Stages.OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var index = stages.FindIndex(s => s.Id == id);
        var other = earlier ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= stages.Count || (stages[index].Outcome == StageOutcome.Open) != (stages[other].Outcome == StageOutcome.Open))
            return false;
        (stages[index].Position, stages[other].Position) = (stages[other].Position, stages[index].Position);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Puts the stages in the order given (a drag on the settings page). Open stages must come
    /// before the won and lost ones, and every stage must be named once; otherwise nothing changes.
    /// </summary>
    public async Task<SaveResult> ReorderAsync(IReadOnlyList<int> orderedIds, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        var stages = await db.Stages.ToDictionaryAsync(s => s.Id, cancellationToken);
        if (orderedIds.Count != stages.Count || orderedIds.Distinct().Count() != stages.Count || orderedIds.Any(id => !stages.ContainsKey(id)))
            return SaveResult.Failed("", Messages.StageUnknown);
        var firstClosed = orderedIds.ToList().FindIndex(id => stages[id].Outcome != StageOutcome.Open);
        if (firstClosed >= 0 && orderedIds.Skip(firstClosed).Any(id => stages[id].Outcome == StageOutcome.Open))
            return SaveResult.Failed("", Messages.StageOpenBeforeClosed);
        for (var i = 0; i < orderedIds.Count; i++)
            stages[orderedIds[i]].Position = i;
        db.Audit(clock, AuditAction.SettingChanged, actorId, detail: "stages reordered");
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(0);
    }

    /// <summary>Removes a stage nobody is in and that no history mentions; the won and lost stages stay.</summary>
    public async Task<SaveResult> RemoveAsync(int id, string? actorId = null, CancellationToken cancellationToken = default)
    {
        if (!await db.CanManageAsync(actorId, cancellationToken))
            return Permissions.OwnersOnly();
        var stage = await db.Stages.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (stage is null)
            return SaveResult.Failed("", Messages.StageUnknown);
        var errors = new List<ValidationFailure>();
        if (stage.Outcome != StageOutcome.Open)
            errors.Add(new ValidationFailure("", Messages.StageKeepOutcome));
        else if (await db.Prospects.AnyAsync(p => p.StageId == id, cancellationToken))
            errors.Add(new ValidationFailure("", Messages.StageHasProspects));
        else if (await db.StageChanges.AnyAsync(c => c.FromStageId == id || c.ToStageId == id, cancellationToken))
            errors.Add(new ValidationFailure("", Messages.StageHasHistory));
        if (errors.Count > 0)
            return SaveResult.Failed(errors);
        db.Stages.Remove(stage);
        db.Audit(clock, AuditAction.SettingChanged, actorId, detail: $"stage removed: {stage.Name}");
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult.Saved(id);
    }
}
