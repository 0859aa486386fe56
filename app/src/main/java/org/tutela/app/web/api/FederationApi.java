package org.tutela.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.app.Tutela;
import org.tutela.app.federation.Federation;
import org.tutela.core.federation.Reception;
import org.tutela.core.federation.Refusal;
import org.tutela.core.federation.SignedRequest;
import org.tutela.json.federation.BulletinJson;
import org.tutela.storage.federation.BulletinLedger;

/**
 * The federation endpoints partners call (docs/federation.md): push a bulletin, pull what was published for
 * them. No account: each request is signed with the partner's bulletin key ({@link SignedRequest}); the
 * bulletins themselves are verified again, one by one.
 */
@RestController
@RequestMapping("/api/federation")
@Tag(name = "Federation", description = "Signed bulletins between installations; requests signed with the partner's key")
public class FederationApi {
    /** At most this many bulletins per pull: a partner pulls again from where it stopped. */
    static final int PULL_LIMIT = 100;
    private final Tutela tutela;

    public FederationApi(Tutela tutela) {
        this.tutela = tutela;
    }

    @PostMapping(value = "/bulletins", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Receive one signed bulletin from a partner: 202 accepted, 422 refused (with the reason), 401 unsigned")
    public ResponseEntity<Map<String, Object>> push(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        byte[] bytes = body == null ? new byte[0] : body;
        if (bytes.length > BulletinJson.MAX_BYTES) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("refused", "oversized"));
        }
        Federation federation = tutela.federation();
        SignedRequest.Caller caller = SignedRequest.verify(request::getHeader, "POST", pathAndQuery(request), bytes, federation.partners(),
                Instant.now(), Federation.SKEW);
        if (caller instanceof SignedRequest.Unknown u) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("refused", u.why()));
        }
        Reception.Verdict verdict = federation.receive(bytes, "push");
        if (verdict instanceof Reception.Refused r) {
            return ResponseEntity.unprocessableEntity().body(refusal(r.refusal()));
        }
        return ResponseEntity.accepted().body(Map.of("accepted", ((Reception.Accepted) verdict).envelope().bulletin().id()));
    }

    @GetMapping(value = "/bulletins", produces = "application/x-ndjson")
    @Operation(summary = "The bulletins published for the calling partner after a sequence number, one signed envelope a line")
    public ResponseEntity<String> pull(HttpServletRequest request, @RequestParam(defaultValue = "0") long after) {
        Federation federation = tutela.federation();
        SignedRequest.Caller caller = SignedRequest.verify(request::getHeader, "GET", pathAndQuery(request), new byte[0], federation.partners(),
                Instant.now(), Federation.SKEW);
        if (!(caller instanceof SignedRequest.Known known)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.TEXT_PLAIN).body(((SignedRequest.Unknown) caller).why());
        }
        List<BulletinLedger.Sent> sent = federation.sentTo(known.partner(), Math.max(0, after), PULL_LIMIT);
        StringBuilder out = new StringBuilder();
        for (BulletinLedger.Sent s : sent) {
            out.append(s.envelope()).append('\n');
            federation.delivered(s.bulletinId(), known.partner().id(), "pull");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-ndjson")).body(out.toString());
    }

    /**
     * A refusal as a partner's machine reads it: the reason and the stable English {@code detail}; where the bulletin
     * was malformed, also the {@code field} at fault and the problem's {@code key} (of the problems bundle) and
     * {@code args}, for the partner to word in its own users' language.
     */
    static Map<String, Object> refusal(Refusal refusal) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("refused", refusal.reason().text());
        body.put("detail", refusal.detail());
        refusal.field().ifPresent(f -> body.put("field", f));
        refusal.problem().ifPresent(p -> {
            body.put("key", p.key());
            body.put("args", p.args().stream().map(String::valueOf).toList());
        });
        return body;
    }

    private static String pathAndQuery(HttpServletRequest request) {
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }
}
