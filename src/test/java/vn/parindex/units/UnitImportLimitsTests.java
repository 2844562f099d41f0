package vn.parindex.units;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.parindex.IntegrationTest;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.TestAccounts;
import vn.parindex.accounts.UserView;
import vn.parindex.workbook.HostileWorkbooks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Units imports that would take the server down: too many at once, too many rows or
 * cells, a zip bomb. Each is refused with a message naming the limit, and the next
 * ordinary import goes through.
 */
@IntegrationTest
class UnitImportLimitsTests {

	private static final long WAIT = 60;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UnitCatalog units;

	private final ExecutorService pool = Executors.newFixedThreadPool(3);

	private final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void stop() {
		release.countDown();
		pool.shutdownNow();
	}

	@Test
	void importsBeyondTheConcurrentLimitAreAnswered429AtOnceAndTheNextOneGoesThrough() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		CountDownLatch reading = new CountDownLatch(2);
		String p = TestWorkbooks.prefix();
		List<CompletableFuture<MvcResult>> imports = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			MockMultipartFile held = new HeldFile(ordinary(p + "P" + i), reading, release);
			imports.add(CompletableFuture.supplyAsync(() -> perform(multipart("/api/v1/units/import").file(held)
				.header("Accept-Language", "en")
				.with(httpBasic(secretariat.username(), TestAccounts.PASSWORD))), pool));
		}
		// two imports are reading (and wait there); the third is turned away meanwhile
		MvcResult refused = (MvcResult) CompletableFuture.anyOf(imports.toArray(CompletableFuture[]::new))
			.get(WAIT, TimeUnit.SECONDS);
		assertThat(reading.await(WAIT, TimeUnit.SECONDS)).isTrue();
		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("30");
		assertThat(refused.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(refused.getResponse().getContentAsString()).contains("2 workbooks are being read at once")
			.contains("try again in 30 seconds");
		release.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (CompletableFuture<MvcResult> done : imports) {
			statuses.add(done.get(WAIT, TimeUnit.SECONDS).getResponse().getStatus());
		}
		assertThat(statuses).containsExactlyInAnyOrder(200, 200, 429);
		long imported = List.of("P0", "P1", "P2").stream().filter((code) -> units.byCode(p + code).isPresent()).count();
		assertThat(imported).isEqualTo(2);
		importAs(secretariat, ordinary(p + "AFTER")).andExpect(status().isOk());
		assertThat(units.byCode(p + "AFTER")).isPresent();
	}

	@Test
	void theImportPageSaysSoWhenTooManyWorkbooksAreBeingRead() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		CountDownLatch reading = new CountDownLatch(2);
		String p = TestWorkbooks.prefix();
		List<CompletableFuture<MvcResult>> held = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			MockMultipartFile file = new HeldFile(ordinary(p + "H" + i), reading, release);
			held.add(CompletableFuture.supplyAsync(() -> perform(multipart("/api/v1/units/import").file(file)
				.with(httpBasic(secretariat.username(), TestAccounts.PASSWORD))), pool));
		}
		assertThat(reading.await(WAIT, TimeUnit.SECONDS)).isTrue();
		mvc.perform(multipart("/units/import").file(TestWorkbooks.file(ordinary(p + "PAGE")))
			.with(user(accounts.principal(secretariat)))
			.with(csrf()))
			.andExpect(content().string(containsString("id=\"workbook-errors\"")))
			.andExpect(content().string(
					containsString("Đang có 2 tệp Excel được đọc cùng lúc, là mức tối đa; hãy thử lại sau 30 giây.")));
		release.countDown();
		for (CompletableFuture<MvcResult> done : held) {
			assertThat(done.get(WAIT, TimeUnit.SECONDS).getResponse().getStatus()).isEqualTo(200);
		}
		assertThat(units.byCode(p + "PAGE")).isEmpty();
	}

	@Test
	void aSheetOverTheRowLimitIsA400NamingTheLimitOnTheApiAndThePage() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		String p = TestWorkbooks.prefix();
		// the XML breaks off after one row too many: the import must stop at the limit,
		// not read the sheet whole
		byte[] workbook = HostileWorkbooks.truncated("Units", (out) -> {
			out.write(HostileWorkbooks.row(1, "Mã đơn vị", "Tên đơn vị", "Loại"));
			for (int r = 2; r <= 200_002; r++) {
				out.write(HostileWorkbooks.row(r, p + r, "Tỉnh " + r, "PROVINCE"));
			}
		});
		importAs(secretariat, workbook).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(200_002))
			.andExpect(jsonPath("$.errors[0].message").value("The sheet has more than 200,000 rows."));
		mvc.perform(multipart("/units/import").file(TestWorkbooks.file(workbook))
			.with(user(accounts.principal(secretariat)))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>200002</td>")))
			.andExpect(content().string(containsString("Trang tính có quá 200.000 dòng.")));
		assertThat(units.byCode(p + 2)).isEmpty();
	}

	@Test
	void aRowWithMoreCellsThanAllowedIsA400NamingTheLimit() throws Exception {
		String[] cells = new String[1_001];
		java.util.Arrays.fill(cells, "x");
		byte[] workbook = HostileWorkbooks.xlsx("Units", (out) -> {
			out.write(HostileWorkbooks.row(1, "Mã đơn vị", "Tên đơn vị", "Loại"));
			out.write(HostileWorkbooks.row(2, cells));
		});
		importAs(accounts.create(Role.SECRETARIAT), workbook).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].message").value("The row has more than 1,000 cells with data."));
	}

	@Test
	void aZipBombIsA400AndTheServerGoesOnAnswering() throws Exception {
		UserView secretariat = accounts.create(Role.SECRETARIAT);
		byte[] bomb = HostileWorkbooks.xlsx("Units", (out) -> {
			out.write(HostileWorkbooks.row(1, "Mã đơn vị", "Tên đơn vị", "Loại"));
			char[] blanks = new char[1 << 20];
			java.util.Arrays.fill(blanks, ' ');
			for (int i = 0; i < 64; i++) {
				out.write(blanks);
			}
		});
		importAs(secretariat, bomb).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("possible zip bomb")));
		String p = TestWorkbooks.prefix();
		importAs(secretariat, ordinary(p + "OK")).andExpect(status().isOk())
			.andExpect(header().doesNotExist("Retry-After"));
		assertThat(units.byCode(p + "OK")).isPresent();
	}

	private ResultActions importAs(UserView user, byte[] workbook) throws Exception {
		return mvc.perform(multipart("/api/v1/units/import").file(TestWorkbooks.file(workbook))
			.header("Accept-Language", "en")
			.with(httpBasic(user.username(), TestAccounts.PASSWORD)));
	}

	private MvcResult perform(org.springframework.test.web.servlet.RequestBuilder request) {
		try {
			return mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] ordinary(String code) {
		return TestWorkbooks.xlsx("Units",
				new Object[][] { { "Mã đơn vị", "Tên đơn vị", "Loại" }, { code, "Tỉnh Giới Hạn", "PROVINCE" } });
	}

	/**
	 * An upload whose reading waits until the test lets it go, so that an import stays
	 * inside the reader for as long as the test needs.
	 */
	private static final class HeldFile extends MockMultipartFile {

		private final CountDownLatch reading;

		private final CountDownLatch release;

		private final byte[] content;

		HeldFile(byte[] content, CountDownLatch reading, CountDownLatch release) {
			super("file", "don-vi.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
			this.content = content;
			this.reading = reading;
			this.release = release;
		}

		@Override
		public InputStream getInputStream() {
			return new ByteArrayInputStream(content) {

				private boolean held;

				@Override
				public synchronized int read(byte[] buffer, int offset, int length) {
					hold();
					return super.read(buffer, offset, length);
				}

				@Override
				public synchronized int read() {
					hold();
					return super.read();
				}

				private void hold() {
					if (!held) {
						held = true;
						reading.countDown();
						try {
							release.await(WAIT, TimeUnit.SECONDS);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
						}
					}
				}

			};
		}

	}

}
