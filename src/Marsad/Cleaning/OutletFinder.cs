namespace Marsad.Cleaning;

/// <summary>The outlet a page names, with its folded keys for finding its name on other lines.</summary>
internal sealed record OutletName(string Text, string Key, string Bare);

/// <summary>
/// Decides which outlet a page names and removes the lines that are only its name. The container's word comes first
/// (JSONL outlet, og:site_name); then a confirmed title suffix ("headline | outlet"); then a name a furniture line
/// gave ("ادعموا <outlet>"). Lines equal to any of these names are site-name furniture.
/// </summary>
internal static class OutletFinder
{
    public static OutletName? Find(IReadOnlyList<PageLine> lines, string?[] reasons, List<LineCapture> captures, string? stated)
    {
        var names = new List<OutletName>();
        if (!string.IsNullOrWhiteSpace(stated))
        {
            names.Add(Name(stated.Trim()));
        }

        if (ConfirmedSuffix(lines, reasons, names) is { } suffix)
        {
            names.Add(suffix);
        }

        foreach (var capture in captures)
        {
            if (capture.Kind == CaptureKind.Outlet)
            {
                names.Add(Name(capture.Text));
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (reasons[i] is null && lines[i].Words <= CleaningThresholds.MaxOutletWords && names.Any(n => IsName(lines[i].Folded.Key, n)))
            {
                reasons[i] = "site-name";
            }
        }

        return names.Count > 0 ? names[0] : null;
    }

    /// <summary>
    /// Per line, its key as a title (a trailing " | outlet" cut off, so "headline | outlet" repeats "headline") and
    /// the length of the line's text that is the title.
    /// </summary>
    public static string[] TitleKeys(IReadOnlyList<PageLine> lines, OutletName? outlet, out int[] titleLengths)
    {
        var keys = new string[lines.Count];
        titleLengths = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            keys[i] = line.Folded.Key;
            titleLengths[i] = line.Text.Length;
            if (outlet is not null && TitleSuffix.TrySplit(line, out var cut, out var suffixStart)
                && IsName(FoldedLine.Fold(line.Text.AsSpan(suffixStart)).Key, outlet))
            {
                keys[i] = FoldedLine.Fold(line.Text.AsSpan(0, cut)).Key;
                titleLengths[i] = cut;
            }
        }

        return keys;
    }

    static OutletName? ConfirmedSuffix(IReadOnlyList<PageLine> lines, string?[] reasons, List<OutletName> stated)
    {
        var seen = new Dictionary<string, (string Text, int Count)>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (reasons[i] is not null || !TitleSuffix.TrySplit(lines[i], out _, out var suffixStart))
            {
                continue;
            }

            var text = lines[i].Text[suffixStart..].Trim();
            var key = FoldedLine.Fold(text).Key;
            seen[key] = seen.TryGetValue(key, out var s) ? (s.Text, s.Count + 1) : (text, 1);
        }

        foreach (var (key, (text, count)) in seen)
        {
            var name = Name(text);
            var printedAlone = false;
            for (var i = 0; i < lines.Count && !printedAlone; i++)
            {
                printedAlone = lines[i].Words <= CleaningThresholds.MaxOutletWords && IsName(lines[i].Folded.Key, name);
            }

            if (printedAlone || count >= 2 || stated.Any(n => n.Key == key))
            {
                return name;
            }
        }

        return null;
    }

    static OutletName Name(string text)
    {
        var (key, bare) = TitleSuffix.Keys(text);
        return new OutletName(text, key, bare);
    }

    // "الدستور نيوز" and "دستور نيوز" are the same name: compare with and without the leading article.
    static bool IsName(string key, OutletName name) =>
        key.Length > 0 && (key == name.Key || TitleSuffix.Keys(key).Bare == name.Bare);
}
