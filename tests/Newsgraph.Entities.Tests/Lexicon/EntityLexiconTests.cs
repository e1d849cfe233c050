using Newsgraph.Entities.Lexicon;
using Newsgraph.TestSupport;

namespace Newsgraph.Entities.Tests.Lexicon;

public sealed class EntityLexiconTests
{
    [Fact]
    public void Every_record_kind_reads_back_into_its_table()
    {
        var lexicon = EntityLexicon.Load(GzipBytes.Of(
            "C\tKP\tPRK\t1873107\tNorth Korea\tnorth korea|dprk\r\n"
            + "N\tKP\tNorth Korean\tnorth korean|north koreans\n"
            + "N\t\tMuslim\tmuslim\n"
            + "A\t5596512\tUS\tidaho\n"
            + "P\t5601538\tUS\t25000\t0\tmoscow\n"
            + "P\t524901\tRU\t10381222\t1\tmoscow\n"
            + "O\tIGOUNO\tUnited Nations\t1\tunited nations|un\n"
            + "R\tspokesman\nT\tsen\nH\tministry\n"
            + "X\tignored\n\n"));

        Assert.Equal("North Korea", lexicon.Countries["dprk"].Name);
        Assert.Same(lexicon.Countries["dprk"], lexicon.CountriesByIso3["PRK"]);
        Assert.Same(lexicon.Countries["dprk"], lexicon.CountriesByIso2["KP"]);
        Assert.Equal("KP", lexicon.Nationalities["north koreans"].Iso2);
        Assert.Null(lexicon.Nationalities["muslim"].Iso2);
        Assert.True(lexicon.Places["idaho"].IsRegion);
        var moscow = lexicon.Places["moscow"];
        Assert.Equal(("RU", 10381222L, true), (moscow.Iso2, moscow.Population, moscow.IsCapital));
        Assert.Equal(("United Nations", "IGOUNO", true), (lexicon.Actors["un"].Id, lexicon.Actors["un"].Code, lexicon.Actors["un"].IsOrg));
        Assert.Contains("spokesman", lexicon.RoleNouns);
        Assert.Contains("sen", lexicon.Titles);
        Assert.Contains("ministry", lexicon.OrgHeads);
    }

    [Fact]
    public void A_format_1_file_converts_to_format_2_with_the_same_winners()
    {
        const string text = "P\t1\tUS\t500\t0\tspringfield\n"
            + "P\t2\tUS\t900\t0\tspringfield\n"
            + "A\t3\tUS\tspringfield|washington\n"
            + "P\t4\tUS\t9000000\t0\tspringfield\n"
            + "P\t5\tUS\t700000\t1\twashington\n"
            + "O\tUSAGOV\tWhite House\t0\twhite house\n"
            + "O\tUSAEXE\tWhite House Office\t1\twhite house\n"
            + "O\tUSAXXX\tLater\t1\twhite house\n";
        var lexicon = EntityLexicon.Load(new MemoryStream(EntityLexicon.Convert(System.Text.Encoding.UTF8.GetBytes(text))));

        Assert.Equal("3", lexicon.Places["springfield"].GeonameId);
        Assert.Equal("5", lexicon.Places["washington"].GeonameId);
        Assert.Equal("White House Office", lexicon.Actors["white house"].Id);
        Assert.Same(lexicon.Places["washington"], lexicon.Places["washington"]);
        Assert.False(lexicon.Countries.ContainsKey("springfield"));
        Assert.Equal(2, lexicon.Places.Count);
    }

    [Fact]
    public void A_truncated_format_2_file_is_refused_with_an_invalid_data_error()
    {
        byte[] whole = EntityLexicon.Convert(System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("R\tspokesman\n", 5_000))));
        Assert.ThrowsAny<InvalidDataException>(() => EntityLexicon.Load(new MemoryStream(whole[..(whole.Length / 2)])));
    }

    [Fact]
    public void A_truncated_file_is_refused_with_an_invalid_data_error()
    {
        byte[] whole = GzipBytes.Of(string.Concat(Enumerable.Repeat("R\tspokesman\n", 5_000))).ToArray();
        Assert.ThrowsAny<InvalidDataException>(() => EntityLexicon.Load(new MemoryStream(whole[..(whole.Length / 2)])));
    }
}
