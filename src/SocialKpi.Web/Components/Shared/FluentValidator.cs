using System.Collections;
using System.Reflection;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace SocialKpi.Web.Components.Shared;

/// <summary>
/// Runs the FluentValidation validator of the form's model when the form is submitted and shows its
/// messages beside their fields; the same validator guards the service, so form and service agree.
/// Errors found later by a service (unknown channel, changed meanwhile) go through <see cref="Show"/>.
/// </summary>
public sealed class FluentValidator : ComponentBase, IDisposable
{
    private ValidationMessageStore? messages;
    private EditContext? editContext;

    [CascadingParameter] public EditContext? CurrentEditContext { get; set; }

    [Inject] public required IServiceProvider Services { get; set; }

    protected override void OnInitialized()
    {
        editContext = CurrentEditContext ?? throw new InvalidOperationException($"{nameof(FluentValidator)} goes inside an EditForm.");
        messages = new ValidationMessageStore(editContext);
        editContext.OnValidationRequested += Validate;
    }

    /// <summary>Shows errors that did not come from the validator; an empty property name is a form-wide error.</summary>
    public void Show(IEnumerable<ValidationFailure> failures)
    {
        foreach (var failure in failures)
            messages!.Add(FieldFor(editContext!.Model, failure.PropertyName), failure.ErrorMessage);
        editContext!.NotifyValidationStateChanged();
    }

    private void Validate(object? sender, ValidationRequestedEventArgs e)
    {
        messages!.Clear();
        var validatorType = typeof(IValidator<>).MakeGenericType(editContext!.Model.GetType());
        if (Services.GetService(validatorType) is IValidator validator)
            Show(validator.Validate(new ValidationContext<object>(editContext.Model)).Errors);
        else
            editContext.NotifyValidationStateChanged();
    }

    /// <summary>Turns "Handles[0].Handle" into the field of the object it names, as the inputs identify it.</summary>
    internal static FieldIdentifier FieldFor(object model, string propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
            return new FieldIdentifier(model, "");
        var owner = model;
        var parts = propertyPath.Split('.');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            owner = Step(owner, parts[i]);
            if (owner is null)
                return new FieldIdentifier(model, propertyPath);
        }
        return new FieldIdentifier(owner, parts[^1]);
    }

    private static object? Step(object owner, string part)
    {
        var bracket = part.IndexOf('[', StringComparison.Ordinal);
        var name = bracket < 0 ? part : part[..bracket];
        var value = owner.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.GetValue(owner);
        if (bracket < 0 || value is not IList list)
            return value;
        var index = int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
        return index < list.Count ? list[index] : null;
    }

    public void Dispose()
    {
        if (editContext is not null)
            editContext.OnValidationRequested -= Validate;
    }
}
