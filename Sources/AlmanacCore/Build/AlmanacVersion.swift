/// The version `almanac --version` prints, so a bug report or a CI log says which Almanac built a site.
public enum AlmanacVersion {
    public static let current = "0.4.0"
}
