using SocialKpi.Prospects;

namespace SocialKpi.Tests.Prospects;

public sealed class ProspectInputValidatorTests
{
    private static readonly ProspectInputValidator Validator = new();

    private static ProspectInput Valid() => new()
    {
        Name = "Hélène Léger",
        Email = "helene@leger.fr",
        Phone = "06 12 34 56 78",
        SourceChannelId = 1,
        StageId = 1,
        EstimatedValue = "1 200,50",
        Handles = [new HandleInput { ChannelId = 1, Handle = "@helene" }],
    };

    [Fact]
    public void A_complete_prospect_is_valid() => Assert.True(Validator.Validate(Valid()).IsValid);

    [Fact]
    public void Every_bad_field_gets_its_own_message_in_English()
    {
        using var _ = new CultureScope("en-GB");
        var input = Valid();
        input.Name = " ";
        input.Email = "helene.leger.fr";
        input.Phone = "12";
        input.EstimatedValue = "-5";
        input.SourceChannelId = 0;
        input.Handles[0].Handle = "hélène!";
        input.Tags = new string('x', 60);

        var errors = Validator.Validate(input).Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);

        Assert.Equal("Enter a name.", errors["Name"]);
        Assert.Equal("Enter an e-mail address such as name@example.com.", errors["Email"]);
        Assert.StartsWith("Enter a phone number of 6 to 15 digits", errors["Phone"]);
        Assert.Equal("The estimated value cannot be negative.", errors["EstimatedValue"]);
        Assert.Equal("Choose the channel where you first met this prospect.", errors["SourceChannelId"]);
        Assert.StartsWith("A handle has only letters", errors["Handles[0].Handle"]);
        Assert.Equal("Each tag must be at most 50 characters.", errors["Tags"]);
    }

    [Fact]
    public void Messages_follow_the_user_language()
    {
        using var _ = new CultureScope("fr-FR");
        var input = Valid();
        input.Name = "";
        input.EstimatedValue = "douze euros";

        var errors = Validator.Validate(input).Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);

        Assert.Equal("Saisissez un nom.", errors["Name"]);
        Assert.Equal("Saisissez un montant en euros, comme 1500 ou 1 500,50.", errors["EstimatedValue"]);
    }

    [Fact]
    public void Lengths_are_bounded_by_the_schema()
    {
        using var _ = new CultureScope("en-GB");
        var input = Valid();
        input.Name = new string('a', 201);
        input.Notes = new string('a', 4001);

        var errors = Validator.Validate(input).Errors;

        Assert.Contains(errors, e => e.PropertyName == "Name" && e.ErrorMessage == "This must be at most 200 characters.");
        Assert.Contains(errors, e => e.PropertyName == "Notes" && e.ErrorMessage == "This must be at most 4000 characters.");
    }
}
