package vn.parindex.survey;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCardsTests {

	@Test
	void aCardsQrCodeReadsAsItsLink() throws Exception {
		String link = "https://parindex.example.gov.vn/s/abcdefghijklmnopqrstuvwxyz";
		String uri = TokenCards.qr(link);
		assertThat(uri).startsWith("data:image/png;base64,");
		BufferedImage image = ImageIO
			.read(new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(link);
	}

	@Test
	void aTokenIsWrittenInGroupsOfFiveWithNoLetterAlone() {
		assertThat(TokenCards.grouped("abcdefghijklmnopqrstuvwxyz")).isEqualTo("abcde fghij klmno pqrst uvwxyz");
		assertThat(TokenCards.grouped("abcdefghij")).isEqualTo("abcde fghij");
		assertThat(TokenCards.shortened("x".repeat(300))).hasSize(110).endsWith("…");
	}

}
