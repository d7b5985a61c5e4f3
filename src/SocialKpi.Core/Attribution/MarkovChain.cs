namespace SocialKpi.Attribution;

/// <summary>
/// The data-driven model: an order-1 Markov chain over start → channels → conversion / no conversion,
/// built from converting and non-converting journeys with consecutive repeats of a channel
/// collapsed, solved exactly as an absorbing chain (no simulation). A channel's removal effect is
/// 1 − P(conversion without it) / P(conversion).
/// </summary>
internal sealed class MarkovChain
{
    private readonly int channelCount;

    // Transient states: 0 is start, 1..n the channels. Counts of moves between them, to conversion, to null.
    private readonly double[,] transitions;
    private readonly double[] toConversion;
    private readonly double[] outgoing;

    public MarkovChain(int channelCount, IEnumerable<(int[] Path, double Conversions, double NonConversions)> journeys)
    {
        this.channelCount = channelCount;
        var states = channelCount + 1;
        transitions = new double[states, states];
        toConversion = new double[states];
        outgoing = new double[states];
        foreach (var (path, conversions, nonConversions) in journeys)
        {
            var weight = conversions + nonConversions;
            if (path.Length == 0 || weight <= 0)
                continue;
            var from = 0;
            foreach (var channel in path)
            {
                var state = channel + 1;
                if (state == from)
                    continue; // a channel repeated in a row is one visit of its state
                transitions[from, state] += weight;
                outgoing[from] += weight;
                from = state;
            }
            toConversion[from] += conversions;
            outgoing[from] += weight; // the rest of the weight ends in "no conversion"
        }
    }

    /// <summary>P(conversion) from start; with a channel removed, moves into it end in "no conversion".</summary>
    public double ConversionProbability(int? removedChannel = null)
    {
        var removed = removedChannel is { } c ? c + 1 : -1;
        var size = channelCount + 1;
        // (I − Q) x = r over the transient states; a removed or never-left state converts nothing.
        var a = new double[size, size + 1];
        for (var i = 0; i < size; i++)
        {
            a[i, i] = 1;
            if (i == removed || outgoing[i] <= 0)
                continue;
            for (var j = 0; j < size; j++)
            {
                if (j != removed && transitions[i, j] > 0)
                    a[i, j] -= transitions[i, j] / outgoing[i];
            }
            a[i, size] = toConversion[i] / outgoing[i];
        }
        return Solve(a, size)[0];
    }

    // Gaussian elimination with partial pivoting; I − Q of an absorbing chain is non-singular.
    private static double[] Solve(double[,] a, int n)
    {
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(a[row, col]) > Math.Abs(a[pivot, col]))
                    pivot = row;
            }
            if (pivot != col)
            {
                for (var k = col; k <= n; k++)
                    (a[col, k], a[pivot, k]) = (a[pivot, k], a[col, k]);
            }
            for (var row = col + 1; row < n; row++)
            {
                var factor = a[row, col] / a[col, col];
                if (factor == 0)
                    continue;
                for (var k = col; k <= n; k++)
                    a[row, k] -= factor * a[col, k];
            }
        }
        var x = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = a[row, n];
            for (var k = row + 1; k < n; k++)
                sum -= a[row, k] * x[k];
            x[row] = sum / a[row, row];
        }
        return x;
    }
}
