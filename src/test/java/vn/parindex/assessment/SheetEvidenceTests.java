package vn.parindex.assessment;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.CurrentUser;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.audit.AuditRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SheetEvidenceTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	SheetFixture fixture;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SelfAssessment assessment;

	@Test
	void anUploadedPdfIsEvidenceThatEndsTheBlockerAndCanBeDownloaded() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		assertThat(sheet(scene).totals().blockers())
			.contains(new SheetTotals.Blocker("1.1", SheetTotals.Blocker.Kind.MISSING_EVIDENCE));
		mvc.perform(upload(scene, "1.1", "Kế hoạch CCHC 2025.pdf", PDF).with(as(scene.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kế hoạch CCHC 2025.pdf")));
		SheetView sheet = sheet(scene);
		assertThat(sheet.totals().blockers())
			.doesNotContain(new SheetTotals.Blocker("1.1", SheetTotals.Blocker.Kind.MISSING_EVIDENCE));
		EvidenceItem item = sheet.evidence("1.1").get(0);
		mvc.perform(get(scene.sheet() + "/evidence/" + item.id()).param("inline", "true").with(as(scene.leader())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Security-Policy", "frame-ancestors 'self'"))
			.andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
			.andExpect(content().bytes(PDF));
		mvc.perform(get(scene.sheet() + "/evidence/" + item.id()).with(as(scene.leader())))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
		mvc.perform(get(scene.sheet() + "/evidence/" + item.id()).with(as(scene.otherOfficer())))
			.andExpect(status().isForbidden());
		assertThat(assessment.timeline(scene.campaign(), scene.unit().id(), principal(scene.secretariat())))
			.extracting(AuditRecord::action)
			.contains("EVIDENCE_ADDED");
	}

	@Test
	void aPdfThatIsAnExecutableIsRefusedAndNothingIsAttached() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		byte[] elf = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		mvc.perform(upload(scene, "1.1", "bao-cao.pdf", elf).with(as(scene.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("role=\"alert\"")));
		assertThat(sheet(scene).evidence("1.1")).isEmpty();
	}

	@Test
	void evidenceIsRemovedOnlyWhileTheSheetIsADraft() throws Exception {
		SheetFixture.Scene scene = fixture.scene();
		mvc.perform(upload(scene, "1.1", "a.pdf", PDF).with(as(scene.officer())));
		long id = sheet(scene).evidence("1.1").get(0).id();
		mvc.perform(post(scene.sheet() + "/evidence/" + id + "/delete").with(as(scene.officer())).with(csrf()))
			.andExpect(status().isOk());
		assertThat(sheet(scene).evidence("1.1")).isEmpty();
		assertThat(assessment.timeline(scene.campaign(), scene.unit().id(), principal(scene.secretariat())))
			.extracting(AuditRecord::action)
			.contains("EVIDENCE_REMOVED");
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
			SheetFixture.Scene scene, String leaf, String name, byte[] content) {
		return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(
				scene.sheet() + "/leaves/" + leaf + "/evidence")
			.file(new MockMultipartFile("file", name, "application/pdf", content))
			.with(csrf());
	}

	private SheetView sheet(SheetFixture.Scene scene) {
		return assessment.sheet(scene.campaign(), scene.unit().id(), principal(scene.secretariat()));
	}

	private RequestPostProcessor as(UserView user) {
		return user(accounts.principal(user));
	}

	private CurrentUser principal(UserView user) {
		return (CurrentUser) accounts.principal(user);
	}

}
