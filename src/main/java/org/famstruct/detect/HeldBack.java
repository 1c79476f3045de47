package org.famstruct.detect;

import java.util.List;
import org.famstruct.model.Pattern;

/**
 * A finding withheld only because its member is an adult and nothing in the file says the
 * role began in childhood (PATTERNS.md, "held back"). Reports show it as a note with the
 * remedy, so a coder sees why the pattern was not found.
 *
 * @param pattern  the pattern that would have been found
 * @param member   the adult it is about
 * @param toward   whom the role concerns, sorted
 * @param text     the note, naming the member, the relationships and the remedy
 * @param evidence the relationships it rests on, in file order
 */
public record HeldBack(Pattern pattern, String member, List<String> toward, String text, List<Evidence> evidence) {}
