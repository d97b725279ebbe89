namespace Marsad.Inputs;

/// <summary>Whether a page's raw text is markup to extract from or already text.</summary>
public enum PageFormat { Text, Html }
