namespace Marsad.Cleaning;

/// <summary>What a furniture line said about its article: a printed date, the outlet's name, or the author.</summary>
internal enum CaptureKind { Published, Outlet, Author }

/// <summary>
/// Metadata read off a removed line: <see cref="Text"/> is as printed (unfolded), <see cref="Date"/> its value for
/// a date. <see cref="Line"/> tells which article it belongs to.
/// </summary>
internal readonly record struct LineCapture(int Line, CaptureKind Kind, string Text, DateOnly? Date = null);
