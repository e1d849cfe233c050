using System.IO.Compression;
using System.Text;
using Newsgraph.Places.Gazetteer;

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
        var bytes = new MemoryStream();
        using (var gzip = new GZipStream(bytes, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes("#something-else\t9\nC\t1\n"));
        }

        bytes.Position = 0;
        Assert.Throws<InvalidDataException>(() => PlaceGazetteer.Load(bytes));
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
