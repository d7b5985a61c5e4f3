using FluentValidation;
using SocialKpi.Localization;

namespace SocialKpi.Common;

/// <summary>
/// What every stored text must be: no NUL or other control character (they break exports, terminals
/// and some databases), and no bidirectional override, which can make "lea@atelier.fr" display as
/// something else in a list of names.
/// </summary>
public static class PlainText
{
    /// <summary>True when the text holds a control character; line breaks and tabs count only in one-line fields.</summary>
    public static bool HasControlCharacters(string? text, bool multiline = false)
    {
        if (string.IsNullOrEmpty(text))
            return false;
        foreach (var c in text)
        {
            if (multiline && (c == '\n' || c == '\r' || c == '\t'))
                continue;
            if (char.IsControl(c))
                return true;
        }
        return false;
    }

    /// <summary>The text without embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069).</summary>
    public static string WithoutBidiControls(string text)
    {
        if (!text.Any(IsBidiControl))
            return text;
        return string.Concat(text.Where(c => !IsBidiControl(c)));
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}

public static class PlainTextRules
{
    /// <summary>Refuses NUL and other control characters; <paramref name="multiline"/> fields keep line breaks and tabs.</summary>
    public static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule, bool multiline = false) =>
        rule.Must(text => !Common.PlainText.HasControlCharacters(text, multiline)).WithMessage(_ => Messages.ControlCharacters);
}
