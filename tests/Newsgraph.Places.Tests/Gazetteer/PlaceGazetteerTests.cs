using Newsgraph.Places.Gazetteer;
using Newsgraph.TestSupport;

namespace Newsgraph.Places.Tests.Gazetteer;

public sealed class PlaceGazetteerTests
{
    [Fact]
    public void The_embedded_gazetteer_holds_countries_regions_cities_and_demonyms()
    {
        var gazetteer = PlaceGazetteer.Default;

        Assert.True(gazetteer.Count > 30_000);
        Assert.Equal(2017370, gazetteer.Country("RU")?.GeonameId);
        Assert.Equal("Idaho", gazetteer.Admin1("US.ID")?.Name);
        Assert.Contains(gazetteer.Lookup("vladivostok"), h => h.Entry.GeonameId == 2013348);
        Assert.Equal("KP", gazetteer.CountryOfDemonym("north korean"));
        Assert.Contains("RU", gazetteer.NeighboursOf("GE"));
    }

    [Fact]
    public void Coordinates_are_in_range_for_every_entry_of_a_name()
    {
        foreach (var hit in PlaceGazetteer.Default.Lookup("georgia"))
        {
            Assert.InRange(hit.Entry.Lat, -90, 90);
            Assert.InRange(hit.Entry.Lon, -180, 180);
        }
    }

    [Fact]
    public void A_file_with_another_header_is_refused()
    {
        var bytes = GzipBytes.Of("#something-else\t9\nC\t1\n");
        Assert.Throws<InvalidDataException>(() => PlaceGazetteer.Load(bytes));
    }

    [Fact]
    public void Every_record_kind_reads_back_with_its_fields_and_keys()
    {
        var gazetteer = PlaceGazetteer.Load(GzipBytes.Of(
            GazetteerFormat.TextHeader + "\r\n"
            + "C\t3041565\tAD\t42.5\t1.5\t77006\tAndorra\tES,FR\tandorra|principality of andorra\r\n"
            + "A\t3040684\tAD\t08\t42.5\t1.53\t15853\tEscaldes-Engordany\tescaldes engordany\n"
            + "P\t3040051\tAD\t08\t42.50729\t1.53414\t15853\tPPLA\tles Escaldes\tles escaldes\t\n"
            + "D\tAD\tandorran|andorrans\n"));

        var andorra = Assert.Single(gazetteer.Lookup("principality of andorra")).Entry;
        Assert.Equal((3041565L, "AD", 77006L, "Andorra"), (andorra.GeonameId, andorra.CountryCode, andorra.Population, andorra.Name));
        Assert.Equal(["ES", "FR"], gazetteer.NeighboursOf("AD"));
        Assert.Equal("Escaldes-Engordany", gazetteer.Admin1("AD.08")?.Name);
        var city = Assert.Single(gazetteer.Lookup("les escaldes"));
        Assert.False(city.Alternate);
        Assert.Equal((42.50729, 1.53414, "PPLA"), (city.Entry.Lat, city.Entry.Lon, city.Entry.FeatureCode));
        Assert.Equal("AD", gazetteer.CountryOfDemonym("andorrans"));
        Assert.Equal(3, gazetteer.Count);
    }

    [Fact]
    public void A_truncated_file_is_refused_with_an_invalid_data_error()
    {
        byte[] whole = GzipBytes.Of(GazetteerFormat.TextHeader + "\n" + string.Concat(Enumerable.Repeat("D\tAD\tandorran\n", 2_000))).ToArray();
        Assert.ThrowsAny<InvalidDataException>(() => PlaceGazetteer.Load(new MemoryStream(whole[..(whole.Length / 2)])));
    }

    [Fact]
    public void A_format_1_file_converts_to_format_2_with_the_same_answers()
    {
        const string text = GazetteerFormat.TextHeader + "\n"
            + "C\t3041565\tAD\t42.5\t1.5\t77006\tAndorra\tES,FR\tandorra|principality of andorra\n"
            + "P\t3040051\tAD\t08\t42.50729\t1.53414\t15853\tPPLA\tles Escaldes\tles escaldes\tandorra\n"
            + "P\t3040051\tAD\t08\t1\t1\t1\tPPL\tduplicate id\tduplicate\t\n"
            + "D\tAD\tandorran|andorrans\nD\tES\tandorran\n";
        var converted = PlaceGazetteer.Load(new MemoryStream(PlaceGazetteer.Convert(System.Text.Encoding.UTF8.GetBytes(text))));
        var fromText = PlaceGazetteer.Load(GzipBytes.Of(text));

        foreach (var gazetteer in new[] { converted, fromText })
        {
            Assert.Equal([(3041565L, false), (3040051L, true)], gazetteer.Lookup("andorra").Select(h => (h.Entry.GeonameId, h.Alternate)));
            Assert.Equal("les Escaldes", gazetteer.ById(3040051)?.Name);
            Assert.Equal("Andorra", gazetteer.Country("AD")?.Name);
            Assert.Same(gazetteer.Country("AD"), gazetteer.Lookup("andorra")[0].Entry);
            Assert.Equal("AD", gazetteer.CountryOfDemonym("andorran"));
            Assert.Empty(gazetteer.NeighboursOf("ES"));
            Assert.Empty(gazetteer.Lookup("nowhere"));
            Assert.Null(gazetteer.Admin1("AD.08"));
            Assert.Equal(2, gazetteer.Count);
        }
    }

    [Fact]
    public void A_truncated_format_2_file_is_refused_with_an_invalid_data_error()
    {
        byte[] whole = PlaceGazetteer.Convert(System.Text.Encoding.UTF8.GetBytes(GazetteerFormat.TextHeader + "\n" + string.Concat(Enumerable.Repeat("D\tAD\tandorran\n", 2_000))));
        Assert.ThrowsAny<InvalidDataException>(() => PlaceGazetteer.Load(new MemoryStream(whole[..(whole.Length / 2)])));
    }

    [Theory]
    [InlineData("U.S.", "us")]
    [InlineData("the West Bank", "west bank")]
    [InlineData("São Paulo", "sao paulo")]
    [InlineData("Ho Chi Minh-City", "ho chi minh city")]
    [InlineData("Washington, D.C.", "washington dc")]
    public void Names_are_looked_up_in_one_form(string name, string key) =>
        Assert.Equal(key, PlaceNameKey.Of(name));

    [Fact]
    public void An_overlong_name_has_no_key() =>
        Assert.Equal("", PlaceNameKey.Of(new string('a', PlaceNameKey.MaxLength + 1)));
}
