using SocialKpi.Prospects;

namespace SocialKpi.Tests.Prospects;

public sealed class ContactNormalizerTests
{
    [Theory]
    [InlineData("06 12 34 56 78", "+33612345678")]
    [InlineData("06.12.34.56.78", "+33612345678")]
    [InlineData("+33 6 12 34 56 78", "+33612345678")]
    [InlineData("0033 6 12 34 56 78", "+33612345678")]
    [InlineData("+1 (415) 555-0100", "+14155550100")]
    [InlineData("  ", null)]
    public void Phone_numbers_are_written_one_way(string typed, string? expected) =>
        Assert.Equal(expected, ContactNormalizer.Phone(typed));

    [Theory]
    [InlineData("@Boulangerie.Leger", "boulangerie.leger")]
    [InlineData("https://www.instagram.com/boulangerie_leger/", "boulangerie_leger")]
    [InlineData(" jean-marc ", "jean-marc")]
    public void Handles_lose_case_at_sign_and_profile_address(string typed, string expected) =>
        Assert.Equal(expected, ContactNormalizer.Handle(typed));

    [Fact]
    public void Emails_are_trimmed_and_lower_cased() =>
        Assert.Equal("helene@leger.fr", ContactNormalizer.Email("  Helene@Leger.FR "));

    [Fact]
    public void Names_are_searchable_without_accents() =>
        Assert.Equal("helene leger - cafe", ContactNormalizer.ForSearch(" Hélène LÉGER - Café"));

    [Theory]
    [InlineData("a@b.fr", true)]
    [InlineData("jean.dupont+crm@mail.example.org", true)]
    [InlineData("a@b", false)]
    [InlineData("a b@c.fr", false)]
    [InlineData("@c.fr", false)]
    public void Email_format(string email, bool valid) => Assert.Equal(valid, ContactNormalizer.IsValidEmail(email));
}
