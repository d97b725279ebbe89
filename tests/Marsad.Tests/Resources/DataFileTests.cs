using Marsad.Resources;

namespace Marsad.Tests.Resources;

public class DataFileTests
{
    [Fact]
    public void Reads_embedded_tables_without_comments_or_blank_lines()
    {
        var rows = DataFile.ReadTsv("test-table.tsv").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["alpha", "one"], rows[0]);
    }

    [Fact]
    public void Names_the_missing_table()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => DataFile.Open("no/such.tsv"));
        Assert.Contains("no/such.tsv", ex.Message);
    }
}
