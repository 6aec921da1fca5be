// okr4j's JShell start-up: the imports an analyst needs, nothing else.
// Loaded after JShell's DEFAULT start-up, so java.util, java.io and friends stay imported.
import java.nio.file.*;
import java.time.*;
import org.okr4j.core.*;
import org.okr4j.core.io.*;
import org.okr4j.core.validation.*;
import org.okr4j.scoring.*;
import org.okr4j.alignment.*;
import org.okr4j.examples.*;
