using System.Globalization;

namespace IprArchive.Bench.Corpus;

/// <summary>
/// Words no real record holds: invented company and place names drawn Zipf-like from a pool of
/// about 60,000, figures, percentages and years. About 3% of generated words are replaced by one,
/// so that the vocabulary keeps growing with the number of records, as real text does (Heaps' law).
/// </summary>
internal sealed class RareWords
{
    private static readonly string[] Heads = ["Val", "Cor", "Nex", "Lum", "Ara", "Bel", "Tor", "Qui", "Sol", "Mar", "Kel", "Dra", "Fen", "Ori", "Pax", "Zen", "Hal", "Ver", "Ost", "Cam", "Rho", "Tal", "Ember", "Gal", "Ilu", "Jor", "Mon", "Nor", "Pel", "Sur"];
    private static readonly string[] Middles = ["a", "e", "i", "o", "u", "an", "en", "ir", "or", "ul", "ar", "es", "is", "on", "ul", "ai", "ea", "io", "ou", "ry", "ta", "vi", "mo", "ne", "lo", "ri", "sa", "te", "do", "ka"];
    private static readonly string[] Tails = ["tech", "tronix", "gen", "via", "dale", "ford", "ton", "wick", "bridge", "ville", "stad", "heim", "ora", "ium", "ix", "ex", "on", "ica", "ara", "ent", "is", "ol", "ane", "ite", "oss", "ark", "und", "ley", "more", "worth", "field", "port", "burg", "berg", "haven", "mark", "gate", "wood", "dal", "sen", "ova", "ino", "ello", "ani", "esa", "ura", "ika", "ami", "ode", "yst", "ast", "ern", "ock", "ash", "ell", "ill", "orn", "unt", "yx", "oz", "az", "ez", "iq", "oq", "uv", "av", "ev", "iv", "ov", "um"];

    private readonly WeightedPick _names = WeightedPick.Zipf(Heads.Length * Middles.Length * Tails.Length, 0.8);

    /// <summary>A rare word for the current position in the text.</summary>
    public string Next(Random random)
    {
        var kind = random.NextDouble();
        return kind switch
        {
            < 0.45 => Name(_names.Next(random)),
            < 0.75 => (random.Next(1, 999) * Math.Pow(10, random.Next(0, 3))).ToString("#,0", CultureInfo.InvariantCulture),
            < 0.90 => (random.Next(1, 1000) / 10.0).ToString("0.0", CultureInfo.InvariantCulture) + "%",
            _ => random.Next(1990, 2031).ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The invented name with this rank (rank 0 is the commonest).</summary>
    public static string Name(int rank) =>
        Heads[rank % Heads.Length] + Middles[rank / Heads.Length % Middles.Length] + Tails[rank / (Heads.Length * Middles.Length) % Tails.Length];
}
