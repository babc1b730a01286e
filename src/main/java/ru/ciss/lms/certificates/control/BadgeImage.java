package ru.ciss.lms.certificates.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The badge's picture: a medal with a tick, drawn once in the school's colours. Shapes only, no text: a server
 * without fonts draws it the same, and the words are in the credential.
 */
public final class BadgeImage {

    private static final int SIZE = 256;
    private static final byte[] PNG = draw();

    private BadgeImage() {
    }

    public static byte[] png() {
        return PNG.clone();
    }

    private static byte[] draw() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Path2D ribbon = new Path2D.Double();
            ribbon.moveTo(78, 150);
            ribbon.lineTo(48, 246);
            ribbon.lineTo(88, 226);
            ribbon.lineTo(112, 250);
            ribbon.lineTo(128, 170);
            ribbon.lineTo(144, 250);
            ribbon.lineTo(168, 226);
            ribbon.lineTo(208, 246);
            ribbon.lineTo(178, 150);
            ribbon.closePath();
            g.setColor(new Color(0xB3, 0x2D, 0x2E));
            g.fill(ribbon);
            g.setColor(new Color(0x1D, 0x4E, 0x89));
            g.fill(new Ellipse2D.Double(28, 8, 200, 200));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(8f));
            g.draw(new Ellipse2D.Double(46, 26, 164, 164));
            g.setStroke(new BasicStroke(18f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D tick = new Path2D.Double();
            tick.moveTo(88, 110);
            tick.lineTo(118, 140);
            tick.lineTo(170, 80);
            g.draw(tick);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
