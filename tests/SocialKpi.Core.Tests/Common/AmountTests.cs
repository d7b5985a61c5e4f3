using SocialKpi.Common;

namespace SocialKpi.Tests.Common;

public sealed class AmountTests
{
    [Theory]
    [InlineData("1500", "1500")]
    [InlineData("1 500", "1500")]
    [InlineData("1 500,50", "1500.50")]
    [InlineData("1500.5", "1500.5")]
    [InlineData("1,500.50", "1500.50")]
    [InlineData("1.500,50", "1500.50")]
    [InlineData("1,500", "1500")]
    [InlineData("12 €", "12")]
    [InlineData("-20", "-20")]
    [InlineData("12,500,000", "12500000")]
    [InlineData("0,5", "0.5")]
    [InlineData("12.345,6", "12345.6")]
    [InlineData("0.50", "0.50")]
    public void Amounts_are_read_as_French_and_English_users_type_them(string typed, string expected)
    {
        Assert.True(Amount.TryParse(typed, out var amount));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("douze")]
    [InlineData("12a")]
    [InlineData("€")]
    [InlineData("1e5")]
    [InlineData("1,2,3")]
    [InlineData("0.001")]
    [InlineData("0,001")]
    [InlineData("1.2345")]
    [InlineData("12.")]
    [InlineData("1,500,50")]
    [InlineData("1,500.000.5")]
    public void Text_that_is_not_an_amount_is_refused(string typed) => Assert.False(Amount.TryParse(typed, out _));

    [Fact]
    public void Empty_means_no_amount()
    {
        Assert.True(Amount.TryParse("  ", out var amount));
        Assert.Null(amount);
    }
}
