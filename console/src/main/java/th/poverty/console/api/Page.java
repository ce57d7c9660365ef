package th.poverty.console.api;

import java.util.List;

/** A page of a list as the services give it: the items and where the next page starts (null at the end). */
public record Page<T>(List<T> items, String next) {
}
